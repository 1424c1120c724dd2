//! CPython's command-line grammar: `krait [option] ... [-c cmd | -m mod | file | -] [arg] ...`.
//!
//! Parsed as CPython 3.11 parses it (Python/getopt.c and `config_parse_cmdline` in
//! Python/initconfig.c): short options may be combined (`-OO`, `-Bq`); an option taking an
//! argument takes the rest of its word or, if that is empty, the next word (`-Wd`, `-W d`); `-c`
//! and `-m` end the options, as does the first word that is not an option (the script) or `--`;
//! everything after goes to `sys.argv`. The long options are `--help`, `--help-env`,
//! `--help-xoptions`, `--help-all`, `--version` and `--check-hash-based-pycs MODE`.

/// What the command line asks krait to run.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Target {
    /// `-c cmd`.
    Command(String),
    /// `-m mod`.
    Module(String),
    /// A script path.
    File(String),
    /// `-`, or no script at all: the program is read from standard input.
    #[default]
    Stdin,
}

/// The settings the options select; fields are named after CPython's `PyConfig` members.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// `-b` count (`bytes_warning`).
    pub bytes_warning: u32,
    /// `-B` (`write_bytecode = 0`).
    pub dont_write_bytecode: bool,
    /// `-d` (`parser_debug`).
    pub parser_debug: bool,
    /// `-E` (`use_environment = 0`), also set by `-I`.
    pub ignore_environment: bool,
    /// `-i` (`inspect`, `interactive`).
    pub inspect: bool,
    /// `-I` (`isolated`): implies `-E`, `-P` and `-s`.
    pub isolated: bool,
    /// `-O` count (`optimization_level`).
    pub optimization_level: u32,
    /// `-P` (`safe_path`), also set by `-I`.
    pub safe_path: bool,
    /// `-q` (`quiet`).
    pub quiet: bool,
    /// `-s` (`user_site_directory = 0`), also set by `-I`.
    pub no_user_site: bool,
    /// `-S` (`site_import = 0`).
    pub no_site: bool,
    /// `-u` (`buffered_stdio = 0`).
    pub unbuffered: bool,
    /// `-v` count (`verbose`).
    pub verbose: u32,
    /// `-W arg`, in order (`warnoptions`).
    pub warnoptions: Vec<String>,
    /// `-x` (`skip_source_first_line`).
    pub skip_first_line: bool,
    /// `-X opt`, in order (`xoptions`).
    pub xoptions: Vec<String>,
    /// `--check-hash-based-pycs` (`default`, `always` or `never`).
    pub check_hash_based_pycs: Option<String>,
    /// What to run, and `sys.argv` (its first item is `-c`, the module name, the script or `-`/``).
    pub target: Target,
    pub argv: Vec<String>,
}

/// What the command line amounts to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    Run(Box<Options>),
    /// `-V`/`--version`, with how many times it was given (2 or more: build details).
    Version(u32),
    /// `-h`, `-?`, `--help`, `--help-all`: the usage text.
    Help,
    /// `--help-env`.
    HelpEnv,
    /// `--help-xoptions`.
    HelpXOptions,
}

/// A command line CPython rejects: `message` is printed to stderr, then the short usage, and the
/// exit status is 2.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UsageError {
    pub message: String,
}

/// The short options that take an argument.
const WITH_ARGUMENT: &[char] = &['c', 'm', 'W', 'X'];
/// The short options that take none.
const FLAGS: &str = "bBdEhiIOPqRsStuvVx?";

/// Parses `args` (without the program name), as CPython's `config_parse_cmdline`.
///
/// # Errors
/// An unknown option or a missing option argument, with CPython's message.
pub fn parse(args: &[String]) -> Result<Action, UsageError> {
    let mut o = Options::default();
    let mut version = 0u32;
    let mut i = 0;
    // `Some(target)` once the options have ended at `-c`/`-m`.
    let mut ended: Option<Target> = None;
    'words: while i < args.len() {
        let word = &args[i];
        if word == "--" {
            i += 1;
            break;
        }
        if !word.starts_with('-') || word == "-" {
            break;
        }
        i += 1;
        if let Some(long) = word.strip_prefix("--") {
            match long {
                "help" | "help-all" => return Ok(Action::Help),
                "help-env" => return Ok(Action::HelpEnv),
                "help-xoptions" => return Ok(Action::HelpXOptions),
                "version" => version += 1,
                "check-hash-based-pycs" => {
                    let Some(mode) = args.get(i) else {
                        return Err(usage(
                            "Argument expected for the --check-hash-based-pycs options",
                        ));
                    };
                    i += 1;
                    if !matches!(mode.as_str(), "default" | "always" | "never") {
                        return Err(usage(
                            "--check-hash-based-pycs must be one of 'default', 'always', or 'never'",
                        ));
                    }
                    o.check_hash_based_pycs = Some(mode.clone());
                }
                _ => return Err(usage(&format!("unknown option {word}"))),
            }
            continue;
        }
        let chars: Vec<char> = word.chars().skip(1).collect();
        let mut k = 0;
        while k < chars.len() {
            let c = chars[k];
            k += 1;
            if WITH_ARGUMENT.contains(&c) {
                let rest: String = chars[k..].iter().collect();
                let value = if !rest.is_empty() {
                    rest
                } else if let Some(next) = args.get(i) {
                    i += 1;
                    next.clone()
                } else {
                    return Err(usage(&format!("Argument expected for the -{c} option")));
                };
                match c {
                    'c' => {
                        ended = Some(Target::Command(value));
                        break 'words;
                    }
                    'm' => {
                        ended = Some(Target::Module(value));
                        break 'words;
                    }
                    'W' => o.warnoptions.push(value),
                    _ => o.xoptions.push(value),
                }
                break;
            }
            match c {
                'b' => o.bytes_warning += 1,
                'B' => o.dont_write_bytecode = true,
                'd' => o.parser_debug = true,
                'E' => o.ignore_environment = true,
                'h' | '?' => return Ok(Action::Help),
                'i' => o.inspect = true,
                'I' => {
                    o.isolated = true;
                    o.ignore_environment = true;
                    o.safe_path = true;
                    o.no_user_site = true;
                }
                'O' => o.optimization_level += 1,
                'P' => o.safe_path = true,
                'q' => o.quiet = true,
                // `-R` (hash randomization, always on) and `-t` are accepted and ignored.
                'R' | 't' => {}
                's' => o.no_user_site = true,
                'S' => o.no_site = true,
                'u' => o.unbuffered = true,
                'v' => o.verbose += 1,
                'V' => version += 1,
                'x' => o.skip_first_line = true,
                'J' => return Err(usage("-J is reserved for Jython")),
                '-' => {
                    // getopt.c: a `-` inside a word of short options.
                    eprintln!("expected long option");
                    break;
                }
                _ => {
                    debug_assert!(!FLAGS.contains(c));
                    return Err(usage(&format!("Unknown option: -{c}")));
                }
            }
        }
    }
    if version > 0 {
        return Ok(Action::Version(version));
    }
    let rest = &args[i.min(args.len())..];
    match ended {
        Some(Target::Command(cmd)) => {
            o.argv = std::iter::once("-c".to_string())
                .chain(rest.iter().cloned())
                .collect();
            o.target = Target::Command(cmd);
        }
        Some(Target::Module(m)) => {
            // CPython puts the module's file name here once it has found it.
            o.argv = std::iter::once(m.clone())
                .chain(rest.iter().cloned())
                .collect();
            o.target = Target::Module(m);
        }
        _ => match rest.split_first() {
            Some((script, tail)) if script != "-" => {
                o.target = Target::File(script.clone());
                o.argv = rest.to_vec();
                let _ = tail;
            }
            Some(_) => {
                o.target = Target::Stdin;
                o.argv = rest.to_vec();
            }
            None => {
                o.target = Target::Stdin;
                o.argv = vec![String::new()];
            }
        },
    }
    Ok(Action::Run(Box::new(o)))
}

fn usage(message: &str) -> UsageError {
    UsageError {
        message: message.to_string(),
    }
}

impl Options {
    /// The value of `-X name` or `-X name=value`: `None` if not given, `Some(None)` for the bare
    /// form, `Some(Some(value))` otherwise (the last occurrence wins, as in `sys._xoptions`).
    pub fn xoption(&self, name: &str) -> Option<Option<&str>> {
        self.xoptions
            .iter()
            .rev()
            .find_map(|x| match x.split_once('=') {
                Some((k, v)) if k == name => Some(Some(v)),
                None if x == name => Some(None),
                _ => None,
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(args: &[&str]) -> Options {
        let args: Vec<String> = args.iter().map(|s| s.to_string()).collect();
        match parse(&args) {
            Ok(Action::Run(o)) => *o,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn combined_flags_and_counts() {
        let o = run(&["-OO", "-Bq", "-vv", "x.py"]);
        assert_eq!(o.optimization_level, 2);
        assert!(o.dont_write_bytecode && o.quiet);
        assert_eq!(o.verbose, 2);
        assert_eq!(o.target, Target::File("x.py".into()));
    }

    #[test]
    fn command_ends_options() {
        let o = run(&["-Wd", "-c", "pass", "-z", "--", "x"]);
        assert_eq!(o.target, Target::Command("pass".into()));
        assert_eq!(o.argv, ["-c", "-z", "--", "x"]);
        assert_eq!(o.warnoptions, ["d"]);
        let o = run(&["-cpass", "a"]);
        assert_eq!(o.target, Target::Command("pass".into()));
        assert_eq!(o.argv, ["-c", "a"]);
    }

    #[test]
    fn script_ends_options() {
        let o = run(&["-X", "dump-ast=attributes", "s.py", "-c", "x"]);
        assert_eq!(o.target, Target::File("s.py".into()));
        assert_eq!(o.argv, ["s.py", "-c", "x"]);
        assert_eq!(o.xoption("dump-ast"), Some(Some("attributes")));
        assert_eq!(run(&["--", "-c"]).target, Target::File("-c".into()));
        assert_eq!(run(&[]).argv, [""]);
        assert_eq!(run(&["-", "a"]).argv, ["-", "a"]);
    }

    #[test]
    fn errors_carry_cpython_messages() {
        let err = |a: &[&str]| {
            parse(&a.iter().map(|s| s.to_string()).collect::<Vec<_>>())
                .unwrap_err()
                .message
        };
        assert_eq!(err(&["-z"]), "Unknown option: -z");
        assert_eq!(err(&["-Bz"]), "Unknown option: -z");
        assert_eq!(err(&["--foo"]), "unknown option --foo");
        assert_eq!(err(&["-c"]), "Argument expected for the -c option");
        assert_eq!(err(&["-J"]), "-J is reserved for Jython");
    }
}
