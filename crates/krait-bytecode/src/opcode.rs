//! The opcode table: the single source of truth for krait's instruction set (design decision 1).
//!
//! Every instruction is one row of [`opcode_table!`]: its name, the kind of its argument, its stack
//! effect, its flags and one doc line. The [`Opcode`] enum, its names, the stack-depth verifier's
//! effects, the disassembler's argument rendering, and (later) the interpreter's dispatch and the
//! JIT's coverage check are all derived from this one table; nothing else lists opcodes.
//!
//! The set is CPython 3.11's (Lib/opcode.py, Python/ceval.c) with three differences:
//! - An instruction is one 32-bit word: the opcode in the low 8 bits, the argument in the high 24
//!   ([`Instr`]). Arguments wider than 24 bits use `EXTENDED_ARG` prefixes, as in CPython.
//! - Jump arguments are *absolute* instruction indices. `JUMP_BACKWARD` stays distinct from
//!   `JUMP_FORWARD` because back edges are where loop counters and the eval breaker live.
//! - There is no `PRECALL` and there are no inline `CACHE` units: inline caches live beside the
//!   bytecode at run time, so the on-disk form holds only generic instructions.
//!
//! Stack effects follow CPython's `stack_effect()`: each row gives `(pops, pushes)` for the path
//! that falls through and, for instructions that can jump, for the path that jumps.

/// What an instruction's argument means; drives `dis` rendering and the verifier's checks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ArgKind {
    /// No argument; the encoded argument must be 0.
    None,
    /// An index into `co_consts`.
    Const,
    /// An index into `co_names`.
    Name,
    /// `LOAD_GLOBAL`: `(co_names index << 1) | push_null`.
    Global,
    /// An index into the local slots (`co_varnames` part of localsplus).
    Local,
    /// An index into localsplus naming a cell or free variable.
    Deref,
    /// An absolute instruction index to jump to.
    Jump,
    /// A plain count (items to build, arguments to pass, depth to copy…).
    Count,
    /// `COMPARE_OP`: a [`Comparison`] code.
    Compare,
    /// `BINARY_OP`: an [`NbOp`] code.
    BinaryOp,
    /// `IS_OP`/`CONTAINS_OP`: 1 inverts the test.
    Invert,
    /// `FORMAT_VALUE`: conversion in bits 0–1 (0 none, 1 str, 2 repr, 3 ascii), bit 2 = has spec.
    Format,
    /// `MAKE_FUNCTION`: [`make_function`] flag bits.
    MakeFunction,
    /// `UNPACK_EX`: `before | (after << 8)`.
    UnpackEx,
    /// `RESUME`: 0 at start, 1 after `yield`, 2 after `yield from`, 3 after `await`.
    Resume,
    /// `GET_AWAITABLE`: 0 plain, 1 after `__aenter__`, 2 after `__aexit__`.
    Awaitable,
    /// `RERAISE`: 1 when `f_lasti` is restored from the value below the exception.
    Reraise,
    /// `CALL_FUNCTION_EX`: 1 when a mapping of keyword arguments is on the stack.
    CallEx,
    /// `RAISE_VARARGS`: 0 re-raise, 1 `raise exc`, 2 `raise exc from cause`.
    Raise,
    /// `EXTENDED_ARG` prefix bits.
    Extended,
}

/// Instruction property bits, as CPython's `HAS_ARG`/`hasjrel`/`hasjabs` lists and specializer.
pub mod flag {
    /// The argument is used.
    pub const HAS_ARG: u8 = 1;
    /// The instruction may jump to its argument.
    pub const JUMP: u8 = 1 << 1;
    /// Control never falls through to the next instruction.
    pub const NO_FALLTHROUGH: u8 = 1 << 2;
    /// The instruction may raise an exception.
    pub const CAN_RAISE: u8 = 1 << 3;
    /// The instruction owns an inline cache at run time (PEP 659 family head).
    pub const HAS_CACHE: u8 = 1 << 4;
    /// A specialized form: produced by quickening at run time, never written to a `.pyc`.
    pub const SPECIALIZED: u8 = 1 << 5;
    /// Ends the frame or suspends it (return, yield, raise, reraise).
    pub const EXITS_FRAME: u8 = 1 << 6;
}

/// A stack effect: `(pops, pushes)` as a function of the instruction's argument.
pub type Effect = fn(u32) -> (u32, u32);

/// One row of the table, as data.
#[derive(Clone, Copy, Debug)]
pub struct OpInfo {
    /// CPython-style upper-case name, e.g. `"LOAD_FAST"`.
    pub name: &'static str,
    /// What the argument means.
    pub arg: ArgKind,
    /// Effect on the path that falls through to the next instruction.
    pub effect: Effect,
    /// Effect on the path that jumps (same as `effect` for non-jumps).
    pub jump_effect: Effect,
    /// [`flag`] bits.
    pub flags: u8,
    /// One line of documentation.
    pub doc: &'static str,
}

macro_rules! opcode_table {
    ($(
        $(#[doc = $doc:literal])+
        $variant:ident = $name:literal, $arg:ident, $effect:expr $(, jump $jeffect:expr)?; [$($flag:ident)|*]
    )*) => {
        /// A krait opcode. Numbering is the order of [`opcode_table!`]'s rows; changing it changes
        /// [`crate::pyc::MAGIC`] (a test pins a digest of the table).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[repr(u8)]
        pub enum Opcode {
            $( $(#[doc = $doc])+ $variant, )*
        }

        /// Every row of the table, indexed by opcode number.
        pub static OPCODES: &[OpInfo] = &[
            $(OpInfo {
                name: $name,
                arg: ArgKind::$arg,
                effect: $effect,
                jump_effect: opcode_table!(@jump $effect $(, $jeffect)?),
                flags: 0 $(| flag::$flag)* | if matches!(ArgKind::$arg, ArgKind::None) { 0 } else { flag::HAS_ARG },
                doc: concat!($($doc),+),
            },)*
        ];

        impl Opcode {
            /// Every opcode, in numbering order.
            pub const ALL: &'static [Opcode] = &[$(Opcode::$variant,)*];
        }
    };
    (@jump $effect:expr) => { $effect };
    (@jump $effect:expr, $jeffect:expr) => { $jeffect };
}

opcode_table! {
    // ---- Stack manipulation and no-ops ----
    /// Does nothing; a placeholder the compiler leaves for line numbers.
    Nop = "NOP", None, |_| (0, 0); []
    /// Removes the top of the stack.
    PopTop = "POP_TOP", None, |_| (1, 0); []
    /// Pushes a NULL (the "no self" marker of the call protocol).
    PushNull = "PUSH_NULL", None, |_| (0, 1); []
    /// Pushes a copy of the i-th item from the top (1 = top).
    Copy = "COPY", Count, |n| (n, n + 1); []
    /// Swaps the top with the i-th item from the top.
    Swap = "SWAP", Count, |n| (n, n); []
    /// Marks a frame entry or resumption point; checks the eval breaker.
    Resume = "RESUME", Resume, |_| (0, 0); [CAN_RAISE]
    /// Prefix extending the next instruction's argument by 24 bits.
    ExtendedArg = "EXTENDED_ARG", Extended, |_| (0, 0); []

    // ---- Constants, locals, cells, names, globals ----
    /// Pushes `co_consts[i]`.
    LoadConst = "LOAD_CONST", Const, |_| (0, 1); []
    /// Pushes local `i`; raises UnboundLocalError if unset.
    LoadFast = "LOAD_FAST", Local, |_| (0, 1); [CAN_RAISE]
    /// Stores the top into local `i`.
    StoreFast = "STORE_FAST", Local, |_| (1, 0); []
    /// Deletes local `i`; raises UnboundLocalError if unset.
    DeleteFast = "DELETE_FAST", Local, |_| (0, 0); [CAN_RAISE]
    /// Replaces slot `i` (an argument or unset) with a new cell holding its value.
    MakeCell = "MAKE_CELL", Deref, |_| (0, 0); []
    /// Pushes the cell in slot `i` itself (to build a closure).
    LoadClosure = "LOAD_CLOSURE", Deref, |_| (0, 1); []
    /// Pushes the contents of the cell in slot `i`; NameError/UnboundLocalError if empty.
    LoadDeref = "LOAD_DEREF", Deref, |_| (0, 1); [CAN_RAISE]
    /// In a class body: looks the name up in the class namespace first, then the cell in slot `i`.
    LoadClassderef = "LOAD_CLASSDEREF", Deref, |_| (0, 1); [CAN_RAISE]
    /// Stores the top into the cell in slot `i`.
    StoreDeref = "STORE_DEREF", Deref, |_| (1, 0); []
    /// Empties the cell in slot `i`; raises if already empty.
    DeleteDeref = "DELETE_DEREF", Deref, |_| (0, 0); [CAN_RAISE]
    /// Copies the function's `n` closure cells into the last `n` slots of localsplus.
    CopyFreeVars = "COPY_FREE_VARS", Count, |_| (0, 0); []
    /// Pushes `co_names[i]` looked up in locals, then globals, then builtins.
    LoadName = "LOAD_NAME", Name, |_| (0, 1); [CAN_RAISE]
    /// Stores the top as `co_names[i]` in the locals mapping.
    StoreName = "STORE_NAME", Name, |_| (1, 0); [CAN_RAISE]
    /// Deletes `co_names[i]` from the locals mapping.
    DeleteName = "DELETE_NAME", Name, |_| (0, 0); [CAN_RAISE]
    /// Pushes global `co_names[i >> 1]` (globals, then builtins), preceded by NULL if `i & 1`.
    LoadGlobal = "LOAD_GLOBAL", Global, |i| (0, 1 + (i & 1)); [CAN_RAISE | HAS_CACHE]
    /// Stores the top as global `co_names[i]`.
    StoreGlobal = "STORE_GLOBAL", Name, |_| (1, 0); [CAN_RAISE]
    /// Deletes global `co_names[i]`.
    DeleteGlobal = "DELETE_GLOBAL", Name, |_| (0, 0); [CAN_RAISE]

    // ---- Attributes and subscripts ----
    /// Replaces the top `obj` with `obj.co_names[i]`.
    LoadAttr = "LOAD_ATTR", Name, |_| (1, 1); [CAN_RAISE | HAS_CACHE]
    /// `obj.co_names[i] = value`; stack: value, obj.
    StoreAttr = "STORE_ATTR", Name, |_| (2, 0); [CAN_RAISE | HAS_CACHE]
    /// `del obj.co_names[i]`.
    DeleteAttr = "DELETE_ATTR", Name, |_| (1, 0); [CAN_RAISE]
    /// Replaces `obj` with `method, obj` when `obj.name` is a plain method, else `NULL, obj.name`.
    LoadMethod = "LOAD_METHOD", Name, |_| (1, 2); [CAN_RAISE | HAS_CACHE]
    /// `container[sub]`.
    BinarySubscr = "BINARY_SUBSCR", None, |_| (2, 1); [CAN_RAISE | HAS_CACHE]
    /// `container[sub] = value`; stack: value, container, sub.
    StoreSubscr = "STORE_SUBSCR", None, |_| (3, 0); [CAN_RAISE | HAS_CACHE]
    /// `del container[sub]`.
    DeleteSubscr = "DELETE_SUBSCR", None, |_| (2, 0); [CAN_RAISE]

    // ---- Operators ----
    /// `+x`.
    UnaryPositive = "UNARY_POSITIVE", None, |_| (1, 1); [CAN_RAISE]
    /// `-x`.
    UnaryNegative = "UNARY_NEGATIVE", None, |_| (1, 1); [CAN_RAISE]
    /// `not x`.
    UnaryNot = "UNARY_NOT", None, |_| (1, 1); [CAN_RAISE]
    /// `~x`.
    UnaryInvert = "UNARY_INVERT", None, |_| (1, 1); [CAN_RAISE]
    /// A binary or in-place operator ([`NbOp`]).
    BinaryOp = "BINARY_OP", BinaryOp, |_| (2, 1); [CAN_RAISE | HAS_CACHE]
    /// A rich comparison ([`Comparison`]).
    CompareOp = "COMPARE_OP", Compare, |_| (2, 1); [CAN_RAISE | HAS_CACHE]
    /// `a is b` (`is not` when the argument is 1).
    IsOp = "IS_OP", Invert, |_| (2, 1); []
    /// `a in b` (`not in` when the argument is 1).
    ContainsOp = "CONTAINS_OP", Invert, |_| (2, 1); [CAN_RAISE]

    // ---- Building containers and strings ----
    /// Builds a tuple from the top `n` items.
    BuildTuple = "BUILD_TUPLE", Count, |n| (n, 1); []
    /// Builds a list from the top `n` items.
    BuildList = "BUILD_LIST", Count, |n| (n, 1); []
    /// Builds a set from the top `n` items.
    BuildSet = "BUILD_SET", Count, |n| (n, 1); [CAN_RAISE]
    /// Builds a dict from the top `2n` items (key, value pairs).
    BuildMap = "BUILD_MAP", Count, |n| (2 * n, 1); [CAN_RAISE]
    /// Builds a dict from `n` values and a constant tuple of keys on top.
    BuildConstKeyMap = "BUILD_CONST_KEY_MAP", Count, |n| (n + 1, 1); [CAN_RAISE]
    /// Concatenates the top `n` strings.
    BuildString = "BUILD_STRING", Count, |n| (n, 1); []
    /// Builds `slice(a, b)` (n = 2) or `slice(a, b, c)` (n = 3).
    BuildSlice = "BUILD_SLICE", Count, |n| (n, 1); []
    /// Appends the top to the list `n` items down (comprehensions).
    ListAppend = "LIST_APPEND", Count, |_| (1, 0); []
    /// Adds the top to the set `n` items down.
    SetAdd = "SET_ADD", Count, |_| (1, 0); [CAN_RAISE]
    /// Stores key, value (top two) into the dict `n` items down.
    MapAdd = "MAP_ADD", Count, |_| (2, 0); [CAN_RAISE]
    /// Extends the list `n` items down with the iterable on top.
    ListExtend = "LIST_EXTEND", Count, |_| (1, 0); [CAN_RAISE]
    /// Updates the set `n` items down with the iterable on top.
    SetUpdate = "SET_UPDATE", Count, |_| (1, 0); [CAN_RAISE]
    /// Updates the dict `n` items down with the mapping on top (`{**m}`).
    DictUpdate = "DICT_UPDATE", Count, |_| (1, 0); [CAN_RAISE]
    /// Like `DICT_UPDATE` but raises on duplicate keys (`f(**m)`).
    DictMerge = "DICT_MERGE", Count, |_| (1, 0); [CAN_RAISE]
    /// Converts the list on top into a tuple.
    ListToTuple = "LIST_TO_TUPLE", None, |_| (1, 1); []
    /// Formats the value (and spec, if flagged) for an f-string.
    FormatValue = "FORMAT_VALUE", Format, |f| (1 + ((f >> 2) & 1), 1); [CAN_RAISE]

    // ---- Unpacking ----
    /// Unpacks the top into `n` items, pushed right to left.
    UnpackSequence = "UNPACK_SEQUENCE", Count, |n| (1, n); [CAN_RAISE | HAS_CACHE]
    /// Unpacks with a starred target: `before` items, a list, `after` items.
    UnpackEx = "UNPACK_EX", UnpackEx, |a| (1, (a & 0xFF) + (a >> 8) + 1); [CAN_RAISE]

    // ---- Calls and functions ----
    /// Sets the keyword names (a constant tuple) for the next `CALL`.
    KwNames = "KW_NAMES", Const, |_| (0, 0); []
    /// Calls with `n` arguments: stack `NULL|method, callable|self, args…`.
    Call = "CALL", Count, |n| (n + 2, 1); [CAN_RAISE | HAS_CACHE]
    /// Calls `callable(*args, **kwargs)`: stack `NULL, callable, args tuple[, kwargs]`.
    CallFunctionEx = "CALL_FUNCTION_EX", CallEx, |f| (3 + (f & 1), 1); [CAN_RAISE]
    /// Makes a function from the code object on top and the flagged extras below it.
    MakeFunction = "MAKE_FUNCTION", MakeFunction, |f| (1 + (f & 1) + ((f >> 1) & 1) + ((f >> 2) & 1) + ((f >> 3) & 1), 1); []
    /// Returns the top from the frame.
    ReturnValue = "RETURN_VALUE", None, |_| (1, 0); [NO_FALLTHROUGH | EXITS_FRAME]
    /// Creates the generator/coroutine for this frame and returns it; on first resumption the
    /// sent value (None) is on top.
    ReturnGenerator = "RETURN_GENERATOR", None, |_| (0, 1); [EXITS_FRAME]
    /// Pushes `builtins.__build_class__`.
    LoadBuildClass = "LOAD_BUILD_CLASS", None, |_| (0, 1); [CAN_RAISE]
    /// Pushes `AssertionError`.
    LoadAssertionError = "LOAD_ASSERTION_ERROR", None, |_| (0, 1); []
    /// Creates `__annotations__` in the locals if missing.
    SetupAnnotations = "SETUP_ANNOTATIONS", None, |_| (0, 0); [CAN_RAISE]
    /// Interactive mode: prints the top with `sys.displayhook`.
    PrintExpr = "PRINT_EXPR", None, |_| (1, 0); [CAN_RAISE]

    // ---- Imports ----
    /// `__import__(co_names[i], fromlist=top, level=second)`.
    ImportName = "IMPORT_NAME", Name, |_| (2, 1); [CAN_RAISE]
    /// Pushes attribute `co_names[i]` of the module on top (keeping the module).
    ImportFrom = "IMPORT_FROM", Name, |_| (1, 2); [CAN_RAISE]
    /// `from module import *` into the locals.
    ImportStar = "IMPORT_STAR", None, |_| (1, 0); [CAN_RAISE]

    // ---- Jumps and iteration ----
    /// Jumps forward to the target.
    JumpForward = "JUMP_FORWARD", Jump, |_| (0, 0); [JUMP | NO_FALLTHROUGH]
    /// Jumps back to the target (a loop back edge: counts and checks the eval breaker).
    JumpBackward = "JUMP_BACKWARD", Jump, |_| (0, 0); [JUMP | NO_FALLTHROUGH | CAN_RAISE]
    /// Jumps back without checking the eval breaker (inside `yield from`/`await` loops).
    JumpBackwardNoInterrupt = "JUMP_BACKWARD_NO_INTERRUPT", Jump, |_| (0, 0); [JUMP | NO_FALLTHROUGH]
    /// Pops the top; jumps if it is false.
    PopJumpIfFalse = "POP_JUMP_IF_FALSE", Jump, |_| (1, 0); [JUMP | CAN_RAISE]
    /// Pops the top; jumps if it is true.
    PopJumpIfTrue = "POP_JUMP_IF_TRUE", Jump, |_| (1, 0); [JUMP | CAN_RAISE]
    /// Pops the top; jumps if it is None.
    PopJumpIfNone = "POP_JUMP_IF_NONE", Jump, |_| (1, 0); [JUMP]
    /// Pops the top; jumps if it is not None.
    PopJumpIfNotNone = "POP_JUMP_IF_NOT_NONE", Jump, |_| (1, 0); [JUMP]
    /// If the top is false, jumps keeping it; else pops it.
    JumpIfFalseOrPop = "JUMP_IF_FALSE_OR_POP", Jump, |_| (1, 0), jump |_| (0, 0); [JUMP | CAN_RAISE]
    /// If the top is true, jumps keeping it; else pops it.
    JumpIfTrueOrPop = "JUMP_IF_TRUE_OR_POP", Jump, |_| (1, 0), jump |_| (0, 0); [JUMP | CAN_RAISE]
    /// Replaces the top with `iter(top)`.
    GetIter = "GET_ITER", None, |_| (1, 1); [CAN_RAISE]
    /// `iter()` for `yield from` (coroutines pass through).
    GetYieldFromIter = "GET_YIELD_FROM_ITER", None, |_| (1, 1); [CAN_RAISE]
    /// Pushes `next(iterator)`; on exhaustion pops the iterator and jumps.
    ForIter = "FOR_ITER", Jump, |_| (1, 2), jump |_| (1, 0); [JUMP | CAN_RAISE | HAS_CACHE]

    // ---- Generators and coroutines ----
    /// Yields the top to the caller; on resumption the sent value is on top.
    YieldValue = "YIELD_VALUE", None, |_| (1, 1); [EXITS_FRAME]
    /// Sends the top into the sub-iterator below it; on its return jumps with the result.
    Send = "SEND", Jump, |_| (2, 2), jump |_| (2, 1); [JUMP | CAN_RAISE]
    /// Wraps a value yielded by an async generator.
    AsyncGenWrap = "ASYNC_GEN_WRAP", None, |_| (1, 1); []
    /// Replaces the top with its awaitable iterator.
    GetAwaitable = "GET_AWAITABLE", Awaitable, |_| (1, 1); [CAN_RAISE]
    /// Replaces the top with `aiter(top)`.
    GetAiter = "GET_AITER", None, |_| (1, 1); [CAN_RAISE]
    /// Pushes the awaitable of `anext(top)` (keeping the async iterator).
    GetAnext = "GET_ANEXT", None, |_| (1, 2); [CAN_RAISE]
    /// Ends an `async for`: StopAsyncIteration ends the loop, anything else re-raises.
    EndAsyncFor = "END_ASYNC_FOR", None, |_| (2, 0); [CAN_RAISE]

    // ---- Exceptions and with ----
    /// `raise` with 0, 1 or 2 arguments.
    RaiseVarargs = "RAISE_VARARGS", Raise, |n| (n, 0); [NO_FALLTHROUGH | CAN_RAISE | EXITS_FRAME]
    /// Re-raises the top (restoring `f_lasti` from below it if the argument is 1).
    Reraise = "RERAISE", Reraise, |n| (1 + n, 0); [NO_FALLTHROUGH | CAN_RAISE | EXITS_FRAME]
    /// Handler entry: pushes the previous exception below the new current one.
    PushExcInfo = "PUSH_EXC_INFO", None, |_| (1, 2); []
    /// Handler exit: pops the saved exception and makes it current again.
    PopExcept = "POP_EXCEPT", None, |_| (1, 0); []
    /// Pushes whether the exception below matches the type on top (which is popped).
    CheckExcMatch = "CHECK_EXC_MATCH", None, |_| (2, 2); [CAN_RAISE]
    /// `except*`: splits the exception group below by the type on top: rest, match.
    CheckEgMatch = "CHECK_EG_MATCH", None, |_| (2, 2); [CAN_RAISE]
    /// `except*`: combines raised and unhandled exceptions into the one to re-raise.
    PrepReraiseStar = "PREP_RERAISE_STAR", None, |_| (2, 1); [CAN_RAISE]
    /// Calls `__exit__(type, value, tb)` of the context manager 4 items down.
    WithExceptStart = "WITH_EXCEPT_START", None, |_| (4, 5); [CAN_RAISE]
    /// Enters a `with`: pushes the bound `__exit__` and the result of `__enter__()`.
    BeforeWith = "BEFORE_WITH", None, |_| (1, 2); [CAN_RAISE]
    /// Enters an `async with`: pushes the bound `__aexit__` and the awaitable of `__aenter__()`.
    BeforeAsyncWith = "BEFORE_ASYNC_WITH", None, |_| (1, 2); [CAN_RAISE]

    // ---- Pattern matching ----
    /// Pushes `len(top)` (keeping it).
    GetLen = "GET_LEN", None, |_| (1, 2); [CAN_RAISE]
    /// Pushes whether the top is a mapping (`collections.abc.Mapping` flag).
    MatchMapping = "MATCH_MAPPING", None, |_| (1, 2); []
    /// Pushes whether the top is a sequence (not str/bytes/bytearray).
    MatchSequence = "MATCH_SEQUENCE", None, |_| (1, 2); []
    /// Pushes a tuple of the values for the key tuple on top, or None (keeping both).
    MatchKeys = "MATCH_KEYS", None, |_| (2, 3); [CAN_RAISE]
    /// Matches a class pattern with `n` positional sub-patterns: pushes a tuple of attributes or None.
    MatchClass = "MATCH_CLASS", Count, |_| (3, 1); [CAN_RAISE]
}

impl Opcode {
    /// The opcode with number `byte`, if any.
    #[inline]
    pub fn from_u8(byte: u8) -> Option<Opcode> {
        Opcode::ALL.get(byte as usize).copied()
    }

    /// This opcode's row in the table.
    #[inline]
    pub fn info(self) -> &'static OpInfo {
        &OPCODES[self as usize]
    }

    /// CPython-style name, e.g. `"LOAD_FAST"`.
    pub fn name(self) -> &'static str {
        self.info().name
    }

    /// Whether the instruction may jump to its argument.
    pub fn is_jump(self) -> bool {
        self.info().flags & flag::JUMP != 0
    }

    /// Whether control can fall through to the next instruction.
    pub fn falls_through(self) -> bool {
        self.info().flags & flag::NO_FALLTHROUGH == 0
    }

    /// The stack effect `(pops, pushes)` on the fall-through path (`jumped = false`) or the jump.
    pub fn stack_effect(self, arg: u32, jumped: bool) -> (u32, u32) {
        let info = self.info();
        if jumped {
            (info.jump_effect)(arg)
        } else {
            (info.effect)(arg)
        }
    }
}

/// One instruction word: opcode in bits 0–7, argument in bits 8–31.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct Instr(pub u32);

/// The largest argument one instruction word holds; larger ones need `EXTENDED_ARG`.
pub const MAX_ARG: u32 = (1 << 24) - 1;

impl Instr {
    /// Encodes `op` with `arg` (which must be `<= MAX_ARG`; the assembler emits `EXTENDED_ARG`s).
    #[inline]
    pub fn new(op: Opcode, arg: u32) -> Instr {
        debug_assert!(arg <= MAX_ARG, "argument {arg} needs EXTENDED_ARG");
        Instr((op as u32) | (arg << 8))
    }

    /// The opcode, or `None` for a byte that names no opcode (only possible in unvalidated input).
    #[inline]
    pub fn opcode(self) -> Option<Opcode> {
        Opcode::from_u8(self.0 as u8)
    }

    /// The 24-bit argument.
    #[inline]
    pub fn arg(self) -> u32 {
        self.0 >> 8
    }
}

impl std::fmt::Debug for Instr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.opcode() {
            Some(op) => write!(f, "{} {}", op.name(), self.arg()),
            None => write!(f, "<bad opcode {}> {}", self.0 as u8, self.arg()),
        }
    }
}

/// `COMPARE_OP` arguments, numbered as CPython's `Py_LT`… (Include/object.h).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum Comparison {
    Lt = 0,
    Le = 1,
    Eq = 2,
    Ne = 3,
    Gt = 4,
    Ge = 5,
}

impl Comparison {
    /// The operator's symbol, as `dis` shows it.
    pub const SYMBOLS: [&'static str; 6] = ["<", "<=", "==", "!=", ">", ">="];

    /// The comparison numbered `n`.
    pub fn from_u32(n: u32) -> Option<Comparison> {
        use Comparison::*;
        [Lt, Le, Eq, Ne, Gt, Ge].get(n as usize).copied()
    }
}

/// `BINARY_OP` arguments, numbered as CPython 3.11's `NB_*` (Include/internal/pycore_opcode.h):
/// the 13 binary operators, then the same 13 in-place.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum NbOp {
    Add = 0,
    And = 1,
    FloorDivide = 2,
    Lshift = 3,
    MatrixMultiply = 4,
    Multiply = 5,
    Remainder = 6,
    Or = 7,
    Power = 8,
    Rshift = 9,
    Subtract = 10,
    TrueDivide = 11,
    Xor = 12,
    InplaceAdd = 13,
    InplaceAnd = 14,
    InplaceFloorDivide = 15,
    InplaceLshift = 16,
    InplaceMatrixMultiply = 17,
    InplaceMultiply = 18,
    InplaceRemainder = 19,
    InplaceOr = 20,
    InplacePower = 21,
    InplaceRshift = 22,
    InplaceSubtract = 23,
    InplaceTrueDivide = 24,
    InplaceXor = 25,
}

impl NbOp {
    /// The operator's symbol, as `dis` shows it, indexed by the `NB_*` number.
    pub const SYMBOLS: [&'static str; 26] = [
        "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^", "+=", "&=", "//=",
        "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=",
    ];

    /// The operator numbered `n`.
    pub fn from_u32(n: u32) -> Option<NbOp> {
        if n < 26 {
            // SAFETY: `NbOp` is `repr(u8)` with every discriminant 0..26 assigned.
            Some(unsafe { std::mem::transmute::<u8, NbOp>(n as u8) })
        } else {
            None
        }
    }

    /// Whether this is an in-place (augmented assignment) form.
    pub fn is_inplace(self) -> bool {
        self as u8 >= 13
    }
}

/// `MAKE_FUNCTION` flag bits, as CPython 3.11: which extras lie below the code object.
pub mod make_function {
    /// A tuple of positional defaults.
    pub const DEFAULTS: u32 = 0x01;
    /// A dict of keyword-only defaults.
    pub const KWDEFAULTS: u32 = 0x02;
    /// A tuple of annotations (name, value, name, value, …).
    pub const ANNOTATIONS: u32 = 0x04;
    /// A tuple of cells for the free variables.
    pub const CLOSURE: u32 = 0x08;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_consistent() {
        assert!(OPCODES.len() <= 256);
        assert_eq!(OPCODES.len(), Opcode::ALL.len());
        for (i, op) in Opcode::ALL.iter().enumerate() {
            assert_eq!(*op as usize, i);
            assert_eq!(Opcode::from_u8(i as u8), Some(*op));
            let info = op.info();
            assert!(!info.doc.is_empty(), "{} has no doc line", info.name);
            if op.is_jump() {
                assert_eq!(
                    info.arg,
                    ArgKind::Jump,
                    "{} jumps without a Jump argument",
                    info.name
                );
            }
        }
        let mut names: Vec<_> = OPCODES.iter().map(|i| i.name).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), OPCODES.len(), "duplicate opcode names");
    }

    #[test]
    fn instruction_encoding() {
        assert_eq!(std::mem::size_of::<Instr>(), 4);
        let i = Instr::new(Opcode::LoadConst, MAX_ARG);
        assert_eq!(i.opcode(), Some(Opcode::LoadConst));
        assert_eq!(i.arg(), MAX_ARG);
        assert_eq!(NbOp::from_u32(25), Some(NbOp::InplaceXor));
        assert_eq!(NbOp::from_u32(26), None);
        assert_eq!(Opcode::Call.stack_effect(3, false), (5, 1));
        assert_eq!(Opcode::ForIter.stack_effect(0, true), (1, 0));
    }
}
