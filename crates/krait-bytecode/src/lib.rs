//! krait-bytecode: the one opcode table, code objects, the `.pyc` format, the disassembler.
