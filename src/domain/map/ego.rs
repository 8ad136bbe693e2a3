//! The small map on a person's page: them in the middle and the people they are tied to round
//! them, evenly on an ellipse starting at the top.

use super::layout::Point;
use crate::domain::units::one_decimal;

/// The most people drawn round someone; the rest are counted.
pub const MOST_AROUND: usize = 12;

/// Where each of `count` people round the middle of a `width` by `height` box is drawn, `inset`
/// in from its edges, clockwise from the top.
pub fn around(count: usize, width: f64, height: f64, inset: f64) -> Vec<Point> {
    let (cx, cy) = (width / 2.0, height / 2.0);
    let (rx, ry) = ((cx - inset).max(0.0), (cy - inset).max(0.0));
    (0..count)
        .map(|k| {
            let angle =
                std::f64::consts::TAU * k as f64 / count as f64 - std::f64::consts::FRAC_PI_2;
            Point {
                x: one_decimal(cx + rx * angle.cos()),
                y: one_decimal(cy + ry * angle.sin()),
            }
        })
        .collect()
}
