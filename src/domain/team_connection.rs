//! What can stand between a phone and its team's server, told apart so the person knows what
//! to do: the server unreachable, its CORS refusing the app's address, a wrong password, an
//! account that is not a member of the team's database, no such database, or a team key that
//! does not open what the team wrote. Pure: the browser part asks, this part names the answer.

use std::fmt;

/// Why the team's server cannot be used now.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ConnectionProblem {
    /// Nothing answered: offline, a wrong address, or the server is down.
    Unreachable,
    /// The server answered, but its CORS settings do not let this app's address read it.
    CorsRefused {
        app_origin: String,
    },
    WrongPassword,
    NotAMember,
    NoDatabase,
    /// The team's documents do not open with this phone's team key.
    WrongKey,
    /// The team's database holds no key check yet: no phone has connected to it from Team.
    NoKeyCheck,
    /// Something else, with the server's status and its reason if it gave one.
    Server {
        status: u16,
        reason: String,
    },
}

impl ConnectionProblem {
    /// What the answer to `GET /_session`, asked with the person's user name and password,
    /// says: `name` is the user the server took them for (none when it took them for no one).
    pub fn of_session(status: u16, name: Option<&str>, reason: &str) -> Option<ConnectionProblem> {
        match status {
            200..=299 if name.is_some_and(|name| !name.is_empty()) => None,
            200..=299 | 401 => Some(ConnectionProblem::WrongPassword),
            _ => Some(ConnectionProblem::server(status, reason)),
        }
    }

    /// What the answer to `GET /{database}` says, once the account is known to be right (so a
    /// refusal means it is not a member: CouchDB answers 403, some servers 401).
    pub fn of_database(status: u16, reason: &str) -> Option<ConnectionProblem> {
        match status {
            200..=299 => None,
            401 | 403 => Some(ConnectionProblem::NotAMember),
            404 => Some(ConnectionProblem::NoDatabase),
            _ => Some(ConnectionProblem::server(status, reason)),
        }
    }

    fn server(status: u16, reason: &str) -> ConnectionProblem {
        ConnectionProblem::Server {
            status,
            reason: reason
                .chars()
                .filter(|c| !c.is_control())
                .take(200)
                .collect(),
        }
    }
}

impl fmt::Display for ConnectionProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ConnectionProblem::Unreachable => f.write_str(
                "The team's server does not answer. Check that this phone is online and that the server address is right.",
            ),
            ConnectionProblem::CorsRefused { app_origin } => write!(
                f,
                "The team's server answered but does not let this app read it. Whoever runs it must allow {app_origin} in its CORS settings (CouchDB: [cors] origins, with credentials)."
            ),
            ConnectionProblem::WrongPassword => f.write_str(
                "The server does not know that user name and password. Check both, or ask whoever runs the server.",
            ),
            ConnectionProblem::NotAMember => f.write_str(
                "That account is not a member of the team's database. Ask whoever runs the server to add it to the database's members.",
            ),
            ConnectionProblem::NoDatabase => f.write_str(
                "The server has no database of that name. Check the name, or ask whoever runs the server to make it.",
            ),
            ConnectionProblem::NoKeyCheck => f.write_str(
                "The team's database is still empty: open Team on the phone that started the team, so it connects first.",
            ),
            ConnectionProblem::WrongKey => f.write_str(
                "This phone's team key does not open what the team wrote: the join code is another team's, or the team's key was changed. Ask a teammate for the current join code.",
            ),
            ConnectionProblem::Server { status, reason } if reason.is_empty() => {
                write!(f, "The team's server answered with an error ({status}).")
            }
            ConnectionProblem::Server { status, reason } => {
                write!(f, "The team's server answered with an error ({status}: {reason}).")
            }
        }
    }
}
