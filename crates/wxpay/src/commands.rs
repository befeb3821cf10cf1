//! One module per subcommand, and the dispatch between them.

mod list;
mod mock;
mod post;
mod show;
mod sign;
mod specs;

use crate::cli::{Cli, Command};
use crate::error::CliError;

/// Runs the subcommand `cli` names.
pub(crate) fn run(cli: &Cli) -> Result<(), CliError> {
    match &cli.command {
        Command::Post(args) => post::run(&cli.config, args),
        Command::List => list::run(),
        Command::Show { path } => show::run(path),
        Command::Specs { json } => specs::run(*json),
        Command::Sign(args) => sign::run(&cli.config, args),
        Command::Mock { port } => mock::run(&cli.config, *port),
    }
}

/// A single-threaded async runtime for the commands that do network I/O.
fn runtime() -> Result<tokio::runtime::Runtime, CliError> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| CliError::io("cannot start the async runtime", &e))
}
