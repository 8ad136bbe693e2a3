//! A small bar chart in SVG, told in words by its accessible name: one bar per value, an
//! optional goal line, and bars past the goal set apart.

use leptos::prelude::*;

use crate::domain::units::one_decimal;

const WIDTH: f64 = 300.0;
const HEIGHT: f64 = 90.0;
const GAP: f64 = 4.0;

/// One bar: its value (drawn up to the chart's top at `max`), and whether it is past the goal.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub value: f64,
    pub past_goal: bool,
}

#[component]
pub fn BarChart(
    /// What the chart shows, in words: its accessible name.
    label: String,
    bars: Vec<Bar>,
    /// The value at the chart's top; larger values are drawn to the top.
    max: f64,
    /// Where a dashed goal line is drawn, if anywhere.
    #[prop(optional)]
    goal: Option<f64>,
) -> impl IntoView {
    let count = bars.len().max(1) as f64;
    let width = (WIDTH - GAP * (count - 1.0)) / count;
    let height_of = move |value: f64| {
        if max > 0.0 {
            HEIGHT * (value / max).clamp(0.0, 1.0)
        } else {
            0.0
        }
    };
    view! {
        <svg class="bar-chart" viewBox=format!("0 0 {WIDTH} {HEIGHT}") role="img" aria-label=label>
            {bars.into_iter().enumerate().map(|(i, bar)| {
                let h = height_of(bar.value).max(1.0);
                view! {
                    <rect class=if bar.past_goal { "bar past-goal" } else { "bar" }
                        x=one_decimal(i as f64 * (width + GAP)) y=one_decimal(HEIGHT - h) width=one_decimal(width) height=one_decimal(h) rx="2" />
                }
            }).collect_view()}
            {goal.map(|goal| {
                let y = one_decimal(HEIGHT - height_of(goal));
                view! { <line class="goal-line" x1="0" x2=WIDTH y1=y y2=y /> }
            })}
        </svg>
    }
}
