//! The passcode lock in the shell: what the app opens on (the lock screen, the app, or a blank
//! page after a quick exit), and what locks it again (hidden too long, a change in another tab).

pub mod gate;
pub mod screen;
pub mod watch;
