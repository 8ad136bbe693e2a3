//! Editing a meeting's debrief: every field of the debrief screen reads and writes through here,
//! starting from the draft the live capture prefilled.

use leptos::prelude::*;

use crate::domain::debrief::Debrief;
use crate::domain::meeting::Meeting;
use crate::ui::data::editable::Editable;

/// Applies an edit to the meeting's debrief, starting from the draft on the first edit.
pub fn edit_debrief(meeting: Editable<Meeting>, apply: impl FnOnce(&mut Debrief)) {
    meeting.edit(|m| apply(m.debrief_mut()));
}

/// A text of the debrief (or its draft), for a field's value.
pub fn debrief_text(meeting: Editable<Meeting>, read: fn(&Debrief) -> String) -> Signal<String> {
    Signal::derive(move || {
        meeting.record.with(|m| {
            m.as_ref()
                .map(|m| read(&m.debrief_or_draft()))
                .unwrap_or_default()
        })
    })
}
