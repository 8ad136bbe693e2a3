//! What bringing people in will do, before anything is written: how many are new, already
//! here (and what they gain), repeats of an earlier row, refused and why; row by row.

use std::rc::Rc;

use leptos::prelude::*;

use crate::domain::people_import::plan::{Outcome, Plan, Planned};
use crate::domain::units::counted;

/// How many rows of each kind are listed by name; the rest are counted.
const LISTED: usize = 100;

#[component]
pub fn PlanPreview(plan: Rc<Plan>, blank_rows: usize) -> impl IntoView {
    let counts = plan.counts();
    let mut summary = vec![
        counted(counts.new, "new person", "new people"),
        format!(
            "{} already here, {} of them with something new",
            counted(counts.known, "person", "people"),
            counts.known_with_news
        ),
    ];
    if counts.repeated > 0 {
        summary.push(format!(
            "{} repeating an earlier row (merged into it)",
            counted(counts.repeated, "row", "rows")
        ));
    }
    summary.push(format!(
        "{} refused",
        counted(counts.refused, "row", "rows")
    ));
    if blank_rows > 0 {
        summary.push(format!(
            "{} left out",
            counted(blank_rows, "blank row", "blank rows")
        ));
    }
    // The first rows of each kind, and how many there are.
    let kind = |wanted: fn(&Outcome) -> bool, count: usize| -> (Vec<Planned>, usize) {
        let first = plan
            .rows
            .iter()
            .filter(|row| wanted(&row.outcome))
            .take(LISTED)
            .cloned()
            .collect();
        (first, count)
    };
    let refused = kind(|o| matches!(o, Outcome::Refused(_)), counts.refused);
    let new = kind(
        |o| matches!(o, Outcome::New(_) | Outcome::SameAsRow(_)),
        counts.new + counts.repeated,
    );
    let known = kind(|o| matches!(o, Outcome::Known { .. }), counts.known);
    view! {
        <section class="import-preview" aria-labelledby="import-preview-heading">
            <h2 id="import-preview-heading">"What will happen"</h2>
            <ul class="import-summary">
                {summary.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
            </ul>
            <RowList title="Refused" rows=refused open=true />
            <RowList title="New" rows=new open=false />
            <RowList title="Already here" rows=known open=false />
        </section>
    }
}

/// Rows of one kind, each with its number and what becomes of it: the first [`LISTED`] of
/// `rows.1` in all.
#[component]
fn RowList(title: &'static str, rows: (Vec<Planned>, usize), open: bool) -> impl IntoView {
    let (rows, all) = rows;
    if rows.is_empty() {
        return ().into_any();
    }
    let more = all.saturating_sub(rows.len());
    let heading = format!("{title} ({all})");
    view! {
        <details class="import-rows" open=open>
            <summary>{heading}</summary>
            <ul>
                {rows.into_iter().map(|row| view! {
                    <li>{format!("Row {}: {}", row.number, said(&row))}</li>
                }).collect_view()}
            </ul>
            {(more > 0).then(|| view! { <p class="muted">{format!("and {more} more")}</p> })}
        </details>
    }
    .into_any()
}

/// What becomes of a row, in words.
fn said(row: &Planned) -> String {
    match &row.outcome {
        Outcome::New(_) => row.name.clone(),
        Outcome::SameAsRow(earlier) => format!("{}, the same as row {earlier}", row.name),
        Outcome::Known { by, adds, .. } if adds.is_empty() => {
            format!("{} ({}), nothing new", row.name, by.words())
        }
        Outcome::Known { by, adds, .. } => {
            format!("{} ({}), adds {}", row.name, by.words(), adds.join(", "))
        }
        Outcome::Refused(refusal) => format!("refused: {}", refusal.words()),
    }
}
