//! How team sync stands, in words: a word or two for the header, and the whole of it (with
//! what to do) for the link that leads to Team and for screen readers.

/// How team sync stands (told to the other open tabs as JSON).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum TeamStatus {
    /// Not in a team (or not started yet): nothing shows.
    Off,
    /// Sending and taking in.
    Syncing,
    /// Everything here is on the server, and the other way round.
    UpToDate,
    /// Changes made here that are not on the server yet.
    Waiting(usize),
    /// The phone is offline: changes wait (and are kept through a reload).
    Offline(usize),
    /// Sync stopped: why, and what to do.
    Trouble(String),
}

impl TeamStatus {
    /// A word or two for the header.
    pub fn short(&self) -> String {
        match self {
            TeamStatus::Off => String::new(),
            TeamStatus::Syncing => "Syncing…".to_owned(),
            TeamStatus::UpToDate => "Up to date".to_owned(),
            TeamStatus::Waiting(n) | TeamStatus::Offline(n) => format!("{n} waiting"),
            TeamStatus::Trouble(_) => "Sync stopped".to_owned(),
        }
    }

    /// The whole of it, in a sentence or two.
    pub fn full(&self) -> String {
        let changes = |n: &usize| match n {
            1 => "1 record changed here waits".to_owned(),
            n => format!("{n} records changed here wait"),
        };
        match self {
            TeamStatus::Off => String::new(),
            TeamStatus::Syncing => "Syncing with the team's server…".to_owned(),
            TeamStatus::UpToDate => "Up to date with the team's server.".to_owned(),
            TeamStatus::Waiting(n) => format!("{} to go to the team's server.", changes(n)),
            TeamStatus::Offline(0) => {
                "Offline: what changes here goes to the team once the phone is online.".to_owned()
            }
            TeamStatus::Offline(n) => format!(
                "Offline: {}, kept on this phone until it is online.",
                changes(n)
            ),
            TeamStatus::Trouble(why) => format!("Sync stopped: {why}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::TeamStatus;

    #[test]
    fn each_status_says_how_it_stands_in_a_word_and_in_full() {
        assert_eq!(TeamStatus::Off.short(), "");
        assert_eq!(TeamStatus::UpToDate.short(), "Up to date");
        assert_eq!(TeamStatus::Waiting(3).short(), "3 waiting");
        assert_eq!(TeamStatus::Offline(1).short(), "1 waiting");
        assert_eq!(
            TeamStatus::Offline(1).full(),
            "Offline: 1 record changed here waits, kept on this phone until it is online."
        );
        assert_eq!(
            TeamStatus::Waiting(2).full(),
            "2 records changed here wait to go to the team's server."
        );
        let trouble = TeamStatus::Trouble("The team's server does not answer.".into());
        assert_eq!(trouble.short(), "Sync stopped");
        assert_eq!(
            trouble.full(),
            "Sync stopped: The team's server does not answer."
        );
    }
}
