//! A team that syncs through its own CouchDB server: where the server is, which database holds
//! the team's records, and the team key every shared record is sealed with before it leaves
//! the phone. The key travels only in a join code (text, or a QR code of the same text) passed
//! from one organizer to the next, never to the server. Pure: checking addresses and names,
//! and writing and reading join codes, with a message in words for each way one can be wrong.

use std::fmt;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde::{Deserialize, Serialize};

use super::cipher::KEY_BYTES;
use super::sealed::{hex, unhex};

/// Every join code starts with this, so a pasted text is recognised (or refused) at once.
pub const JOIN_PREFIX: &str = "one-on-one-team:";
/// Where a join link leads (Team), and how its fragment names the code.
pub const JOIN_LINK_PATH: &str = "/settings/team";
const JOIN_FRAGMENT: &str = "join=";

/// The join code an address fragment ("join=…", without its '#') carries, if any.
pub fn join_code_in_fragment(fragment: &str) -> Option<&str> {
    fragment
        .strip_prefix(JOIN_FRAGMENT)
        .filter(|code| !code.is_empty())
}
pub const JOIN_VERSION: u32 = 1;
/// CouchDB's longest database name.
const MAX_DATABASE_CHARS: usize = 238;
/// A join code is short; a pasted text much longer is not one (and is not decoded).
const MAX_JOIN_CHARS: usize = 4_096;
const MAX_TEAM_NAME_CHARS: usize = 80;

/// What a team's phones share: the server, the database, the key, and a name people know.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Team {
    pub name: String,
    /// The server's address, without a trailing slash: `https://couch.example.org`.
    pub server: String,
    pub database: String,
    /// The team key (hex): every shared record is sealed with it.
    pub key: String,
}

impl fmt::Debug for Team {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Team")
            .field("name", &self.name)
            .field("server", &self.server)
            .field("database", &self.database)
            .finish_non_exhaustive()
    }
}

/// Why a team's settings or a join code cannot be used, in words a person can act on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TeamProblem {
    NotAJoinCode,
    NewerJoinCode,
    DamagedJoinCode,
    Server(String),
    Database(String),
    Name(String),
}

impl fmt::Display for TeamProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TeamProblem::NotAJoinCode => write!(
                f,
                "This is not a team join code: one starts with \"{JOIN_PREFIX}\". Ask a teammate for it again."
            ),
            TeamProblem::NewerJoinCode => f.write_str(
                "This join code was made by a newer version of the app. Update the app (reload it), then try again.",
            ),
            TeamProblem::DamagedJoinCode => f.write_str(
                "This join code is damaged or cut short. Copy all of it, then paste it again.",
            ),
            TeamProblem::Server(why) | TeamProblem::Database(why) | TeamProblem::Name(why) => {
                f.write_str(why)
            }
        }
    }
}

/// `address` as a team server's address (trimmed, without a trailing slash), or what is wrong
/// with it. HTTPS, or plain HTTP on this computer only (`localhost`, for trying it out): the
/// password and the sealed records would otherwise cross the network readable.
pub fn server_address(address: &str) -> Result<String, TeamProblem> {
    let wrong = |why: &str| Err(TeamProblem::Server(format!("The server address {why}.")));
    let Some((scheme, rest)) = address.trim().split_once("://") else {
        return wrong("must start with https://, like https://couch.example.org");
    };
    let rest = rest.trim_end_matches('/');
    // Scheme and host compare without case: written in lower case, as an origin is.
    let (host_part, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
    let address = format!(
        "{}://{}{path}",
        scheme.to_ascii_lowercase(),
        host_part.to_ascii_lowercase()
    );
    let host_and_port = rest.split('/').next().unwrap_or_default();
    let host = host_and_port
        .rsplit_once(':')
        .filter(|(_, port)| !port.contains(']'))
        .map_or(host_and_port, |(host, _)| host);
    if host.is_empty() {
        return wrong("has no server name after https://");
    }
    if address.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return wrong("has a space in it");
    }
    if rest.contains(['@', '?', '#']) {
        return wrong(
            "must not hold a user name, a password, a ? or a #: the user name and password have fields of their own",
        );
    }
    if let Some((_, port)) = host_and_port
        .rsplit_once(':')
        .filter(|(_, port)| !port.contains(']'))
    {
        if !matches!(port.parse::<u16>(), Ok(p) if p > 0) {
            return wrong("has a port that is not a number from 1 to 65535");
        }
    }
    let local = matches!(
        host.to_ascii_lowercase().as_str(),
        "localhost" | "127.0.0.1" | "[::1]"
    );
    match scheme.to_ascii_lowercase().as_str() {
        "https" => Ok(address),
        "http" if local => Ok(address),
        "http" => wrong("must start with https://: over plain http the password and the records cross the network readable by anyone on the way"),
        _ => wrong("must start with https://, like https://couch.example.org"),
    }
}

/// The origin of a checked server address (scheme, host and port): what the app may connect to.
pub fn origin_of(server: &str) -> &str {
    let after_scheme = server.find("://").map_or(0, |at| at + 3);
    match server[after_scheme..].find('/') {
        Some(slash) => &server[..after_scheme + slash],
        None => server,
    }
}

/// `name`, trimmed, as a CouchDB database name, or what is wrong with it.
pub fn database_name(name: &str) -> Result<String, TeamProblem> {
    let name = name.trim();
    let wrong = |why: String| Err(TeamProblem::Database(why));
    let Some(first) = name.chars().next() else {
        return wrong("Name the team's database on the server.".to_owned());
    };
    if name.chars().count() > MAX_DATABASE_CHARS {
        return wrong(format!(
            "A database name has at most {MAX_DATABASE_CHARS} characters."
        ));
    }
    let allowed = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || "_$()+-/".contains(c);
    if !first.is_ascii_lowercase() || !name.chars().all(allowed) {
        return wrong(format!(
            "\"{name}\" is not a name CouchDB accepts: it starts with a lower-case letter and holds only lower-case letters, digits and _ $ ( ) + - /."
        ));
    }
    Ok(name.to_owned())
}

impl Team {
    /// A new team, with `key` (32 fresh random bytes) as its key.
    pub fn new(
        name: &str,
        server: &str,
        database: &str,
        key: [u8; KEY_BYTES],
    ) -> Result<Team, TeamProblem> {
        Ok(Team {
            name: team_name(name)?,
            server: server_address(server)?,
            database: database_name(database)?,
            key: hex(&key),
        })
    }

    /// The team key's bytes, unless it is damaged.
    pub fn key_bytes(&self) -> Option<[u8; KEY_BYTES]> {
        unhex(&self.key)?.try_into().ok()
    }

    /// The join code that brings another phone into this team.
    pub fn join_code(&self) -> String {
        let code = JoinCode {
            version: JOIN_VERSION,
            team: self.clone(),
        };
        let json = serde_json::to_vec(&code).expect("a team is always JSON");
        format!("{JOIN_PREFIX}{}", URL_SAFE_NO_PAD.encode(json))
    }

    /// The address that opens Team on the app at `origin` with this team's join code filled in:
    /// what the QR code on Team holds, for a teammate's phone camera. The code travels in the
    /// fragment, which a browser never sends to any server.
    pub fn join_link(&self, origin: &str) -> String {
        format!(
            "{origin}{JOIN_LINK_PATH}#{JOIN_FRAGMENT}{}",
            self.join_code()
        )
    }

    /// The team a join code (typed, pasted or scanned) brings, or what is wrong with it. Spaces
    /// and line breaks inside it (a wrapped message) are passed over.
    pub fn from_join_code(text: &str) -> Result<Team, TeamProblem> {
        let text: String = text.chars().filter(|c| !c.is_whitespace()).collect();
        if text.chars().count() > MAX_JOIN_CHARS {
            return Err(TeamProblem::NotAJoinCode);
        }
        let body = text
            .strip_prefix(JOIN_PREFIX)
            .ok_or(TeamProblem::NotAJoinCode)?;
        let json = URL_SAFE_NO_PAD
            .decode(body)
            .map_err(|_| TeamProblem::DamagedJoinCode)?;
        let version: Versioned =
            serde_json::from_slice(&json).map_err(|_| TeamProblem::DamagedJoinCode)?;
        if version.version > JOIN_VERSION {
            return Err(TeamProblem::NewerJoinCode);
        }
        let code: JoinCode =
            serde_json::from_slice(&json).map_err(|_| TeamProblem::DamagedJoinCode)?;
        if code.version != JOIN_VERSION || code.team.key_bytes().is_none() {
            return Err(TeamProblem::DamagedJoinCode);
        }
        let team = code.team;
        Ok(Team {
            name: team_name(&team.name)?,
            server: server_address(&team.server)?,
            database: database_name(&team.database)?,
            key: team.key.to_ascii_lowercase(),
        })
    }
}

/// `name`, trimmed, as a team's name, or what is wrong with it.
fn team_name(name: &str) -> Result<String, TeamProblem> {
    let name = name.trim();
    if name.is_empty() {
        return Err(TeamProblem::Name(
            "Name the team, so teammates know which one they join.".to_owned(),
        ));
    }
    if name.chars().count() > MAX_TEAM_NAME_CHARS || name.chars().any(char::is_control) {
        return Err(TeamProblem::Name(format!(
            "A team's name is one line of at most {MAX_TEAM_NAME_CHARS} characters."
        )));
    }
    Ok(name.to_owned())
}

#[derive(Serialize, Deserialize)]
struct JoinCode {
    version: u32,
    team: Team,
}

#[derive(Deserialize)]
struct Versioned {
    version: u32,
}

/// This phone in a team: the team, and the account on its server (from CouchDB's own users).
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Membership {
    pub team: Team,
    pub user: String,
    pub password: String,
}

impl fmt::Debug for Membership {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Membership")
            .field("team", &self.team)
            .field("user", &self.user)
            .finish_non_exhaustive()
    }
}
