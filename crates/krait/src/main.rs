//! The `krait` binary: CPython 3.11's command line (`krait [option] ... [-c cmd | -m mod | file
//! | -] [arg] ...`). See docs/cli.md.

mod cli;
mod help;
mod paths;
mod run;

use cli::Action;

fn main() {
    let mut args = std::env::args_os().map(|a| a.to_string_lossy().into_owned());
    let program = args.next().unwrap_or_else(|| "krait".to_string());
    let args: Vec<String> = args.collect();
    let status = match cli::parse(&args) {
        Err(e) => {
            eprint!("{}", help::usage_error(&program, &e.message));
            2
        }
        Ok(Action::Version(n)) => {
            print!("{}", help::version(n));
            0
        }
        Ok(Action::Help) => {
            print!("{}", help::help(&program));
            0
        }
        Ok(Action::HelpEnv) => {
            print!("{}", help::help_env());
            0
        }
        Ok(Action::HelpXOptions) => {
            print!("{}", help::help_xoptions());
            0
        }
        Ok(Action::Run(options)) => run::run(&program, &options),
    };
    std::process::exit(status);
}
