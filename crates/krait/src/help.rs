//! The texts `krait` prints about itself: the usage line (CPython's wording, with the program
//! name as invoked), `-h`, `--help-env`, `--help-xoptions`, and `-V`/`-VV`.

/// The version of the Python language krait implements (CPython's `PY_VERSION`).
pub const PY_VERSION: &str = "3.11.7";

/// `usage: PROG [option] ... [-c cmd | -m mod | file | -] [arg] ...`, as CPython's `usage_line`.
pub fn usage_line(program: &str) -> String {
    format!("usage: {program} [option] ... [-c cmd | -m mod | file | -] [arg] ...\n")
}

/// What a bad command line prints on stderr before exiting with status 2 (CPython's
/// `config_usage(1, program)`): the error, the usage line, and a pointer to `-h`.
pub fn usage_error(program: &str, message: &str) -> String {
    format!(
        "{message}\n{}Try `python -h' for more information.\n",
        usage_line(program)
    )
}

/// `-V` prints `Python 3.11.7`; `-VV` adds what krait is.
pub fn version(count: u32) -> String {
    if count >= 2 {
        format!(
            "Python {PY_VERSION} (krait {}, a Python 3.11 interpreter written in Rust)\n",
            env!("CARGO_PKG_VERSION")
        )
    } else {
        format!("Python {PY_VERSION}\n")
    }
}

/// The `-h` text: the usage line, then each option krait accepts and what it does in krait.
pub fn help(program: &str) -> String {
    let mut s = usage_line(program);
    s.push_str(
        "\
Options (krait accepts every option of CPython 3.11's command line; those marked * are
accepted but have no effect yet):
-b     : * warn (-bb: raise) on str() of bytes and bytes/str comparison
-B     : * do not write .pyc files on import
-c cmd : program passed in as a string (ends the option list)
-d     : * parser debugging output
-E     : ignore PYTHON* environment variables
-h     : print this help message and exit (also -? and --help)
-i     : * inspect interactively after running the script
-I     : isolate krait from the user's environment (implies -E, -P and -s)
-m mod : run a library module as a script (ends the option list)
-O     : remove assert and __debug__-dependent statements; -OO also removes docstrings
-P     : * do not prepend a potentially unsafe path to sys.path
-q     : do not print the version and copyright messages on interactive startup
-s     : * do not add the user site directory to sys.path
-S     : * do not import the site module on startup
-u     : * unbuffered binary stdout and stderr
-v     : * trace import statements (-vv: more)
-V     : print the Python version number and exit (also --version); -VV: more detail
-W arg : * warning control, as CPython's -W
-x     : skip the first line of the source
-X opt : implementation-specific option (see --help-xoptions)
--check-hash-based-pycs always|default|never:
         * how to validate hash-based .pyc files
--help-env     : the environment variables krait reads
--help-xoptions: the -X options krait understands
--help-all     : the same as --help
file   : program read from a script file
-      : program read from stdin (the default when stdin is not a terminal)
arg ...: arguments passed to the program in sys.argv[1:]
",
    );
    s
}

/// The `--help-xoptions` text.
pub fn help_xoptions() -> String {
    "\
The -X options krait understands (other -X options are accepted and ignored, as by CPython):
-X dump-ast            : print the module's AST as CPython's ast.dump(ast.parse(source)) and exit
-X dump-ast=attributes : the same, with line and column attributes (include_attributes=True)
"
    .to_string()
}

/// The `--help-env` text.
pub fn help_env() -> String {
    "\
Environment variables krait reads:
PYTHONHASHSEED: if set to an integer, the seed of str and bytes hashes (as CPython; ignored
               under -E and -I); 'random' or unset: a random seed
KRAIT_STDLIB : the directory of CPython 3.11's standard library to use (for the import system,
               which is not implemented yet)
"
    .to_string()
}
