//! A person's engagement over time: a small chart of each debrief's level, with the same told
//! in words for a screen reader.

use chrono::Local;
use leptos::prelude::*;

use crate::domain::assessments::{described, path, points, Assessment};
use crate::domain::when::describe_day;
use crate::platform::ids::now_ms;
use crate::ui::data::records::use_profile;

/// The chart's box, in its own units; it is drawn as wide as the column.
const WIDTH: f64 = 300.0;
const HEIGHT: f64 = 80.0;
const INSET: f64 = 8.0;

#[component]
pub fn EngagementHistory(history: Vec<Assessment>) -> impl IntoView {
    let profile = use_profile();
    let drawn = points(&history, WIDTH, HEIGHT, INSET);
    let line = path(&drawn);
    let words = {
        let history = history.clone();
        move || {
            let profile = profile.get();
            let label = |level: u8| {
                profile
                    .as_ref()
                    .map(|p| p.engagement_label(level))
                    .unwrap_or_else(|| level.to_string())
            };
            described(&history, label, |at| describe_day(at, now_ms(), &Local))
        }
    };
    // Faint rules at levels 1, 3 and 5, so a rise reads at a glance.
    let rules = [1.0, 3.0, 5.0]
        .map(|level: f64| INSET + (HEIGHT - 2.0 * INSET) * (5.0 - level) / 4.0)
        .into_iter()
        .map(|y| view! { <line class="chart-rule" x1="0" x2=WIDTH y1=y y2=y /> })
        .collect_view();
    view! {
        <h3>"Engagement over time"</h3>
        {if history.is_empty() {
            view! { <p class="muted">"Not assessed in a debrief yet."</p> }.into_any()
        } else {
            view! {
                <figure class="engagement-chart">
                    <svg viewBox=format!("0 0 {WIDTH} {HEIGHT}") role="img" aria-label=words.clone()>
                        {rules}
                        <path class="chart-line" d=line />
                        {drawn.into_iter().map(|(x, y)| view! {
                            <circle class="chart-point" cx=x cy=y r="4" />
                        }).collect_view()}
                    </svg>
                    <figcaption class="muted">{
                        let first = history.first().map(|a| a.level);
                        let last = history.last().map(|a| a.level);
                        let count = history.len();
                        move || match (first, last, profile.get()) {
                            (Some(first), Some(last), Some(p)) if count > 1 => format!(
                                "From {} to {} over {count} debriefs",
                                p.engagement_label(first),
                                p.engagement_label(last),
                            ),
                            (_, Some(last), Some(p)) => format!("{} at the one debrief so far", p.engagement_label(last)),
                            _ => String::new(),
                        }
                    }</figcaption>
                </figure>
            }.into_any()
        }}
    }
}
