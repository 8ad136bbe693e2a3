//! Looking at the map: the part of it in view (fit, zoom about a point, pan, centre on someone),
//! which person a tap lands on, and the map drawn as a few SVG paths (one for all the ties, one
//! per stage for the people), so the page holds a handful of elements, not thousands.

use super::graph::Graph;
use super::layout::{Layout, Point};
use crate::domain::person::Stage;
use crate::domain::units::one_decimal;

/// The part of the map in view, in map units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ViewBox {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
}

/// Closest in: this many map units across the view.
const NARROWEST: f64 = 120.0;

impl ViewBox {
    /// The whole map with a margin, shaped `aspect` (width over height).
    pub fn fit(layout: &Layout, aspect: f64) -> ViewBox {
        let margin = 20.0;
        let (w, h) = (layout.width + 2.0 * margin, layout.height + 2.0 * margin);
        let aspect = if aspect.is_finite() && aspect > 0.0 {
            aspect
        } else {
            1.0
        };
        let (width, height) = if w / h > aspect {
            (w, w / aspect)
        } else {
            (h * aspect, h)
        };
        ViewBox {
            x: layout.width / 2.0 - width / 2.0,
            y: layout.height / 2.0 - height / 2.0,
            width,
            height,
        }
    }

    /// Furthest out one may zoom on `layout`: this many map units across.
    pub fn widest(layout: &Layout) -> f64 {
        layout.width.max(layout.height) * 1.5 + 200.0
    }

    /// Zoomed by `factor` (above 1 is closer) keeping `around` where it is on screen; never
    /// closer than a few people across, nor further out than `widest` across.
    pub fn zoom(self, factor: f64, around: Point, widest: f64) -> ViewBox {
        let width = (self.width / factor).clamp(NARROWEST, widest.max(NARROWEST));
        let scale = width / self.width;
        ViewBox {
            x: around.x - (around.x - self.x) * scale,
            y: around.y - (around.y - self.y) * scale,
            width,
            height: self.height * scale,
        }
    }

    /// Moved by `dx`, `dy` map units.
    pub fn pan(self, dx: f64, dy: f64) -> ViewBox {
        ViewBox {
            x: self.x + dx,
            y: self.y + dy,
            ..self
        }
    }

    /// As close as `width` map units across, centred on `point`, in the same shape.
    pub fn centred_on(self, point: Point, width: f64) -> ViewBox {
        let height = self.height * width / self.width;
        ViewBox {
            x: point.x - width / 2.0,
            y: point.y - height / 2.0,
            width,
            height,
        }
    }

    /// The point of the map under a spot `fx`, `fy` of the way across and down the view.
    pub fn at(&self, fx: f64, fy: f64) -> Point {
        Point {
            x: self.x + fx * self.width,
            y: self.y + fy * self.height,
        }
    }

    /// The `viewBox` attribute: "x y width height".
    pub fn attribute(&self) -> String {
        format!(
            "{} {} {} {}",
            one_decimal(self.x),
            one_decimal(self.y),
            one_decimal(self.width),
            one_decimal(self.height)
        )
    }

    /// Whether `point` (with `margin` round it) is in view.
    pub fn shows(&self, point: Point, margin: f64) -> bool {
        point.x >= self.x - margin
            && point.x <= self.x + self.width + margin
            && point.y >= self.y - margin
            && point.y <= self.y + self.height + margin
    }
}

/// The person a tap at `point` lands on: the nearest whose circle (with `slack` round it, for a
/// finger) holds the point.
pub fn person_at(layout: &Layout, point: Point, slack: f64) -> Option<usize> {
    layout
        .points
        .iter()
        .zip(&layout.radii)
        .enumerate()
        .map(|(i, (p, r))| {
            (
                i,
                ((p.x - point.x).powi(2) + (p.y - point.y).powi(2)).sqrt() - r,
            )
        })
        .filter(|(_, gap)| *gap <= slack)
        .min_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(i, _)| i)
}

/// Every tie as one path of straight lines.
pub fn ties_path(graph: &Graph, layout: &Layout) -> String {
    let mut path = String::with_capacity(graph.edges.len() * 24);
    for edge in &graph.edges {
        let (a, b) = (layout.points[edge.a], layout.points[edge.b]);
        path.push_str(&format!(
            "M{} {}L{} {}",
            one_decimal(a.x),
            one_decimal(a.y),
            one_decimal(b.x),
            one_decimal(b.y)
        ));
    }
    path
}

/// The people at `stage` as one path of circles.
pub fn people_path(graph: &Graph, layout: &Layout, stage: Stage) -> String {
    let mut path = String::new();
    for (i, person) in graph.people.iter().enumerate() {
        if person.stage == stage {
            let (p, r) = (layout.points[i], layout.radii[i]);
            let (x, y, r) = (one_decimal(p.x - r), one_decimal(p.y), one_decimal(r));
            path.push_str(&format!(
                "M{x} {y}a{r} {r} 0 1 0 {d} 0a{r} {r} 0 1 0 -{d} 0",
                d = one_decimal(2.0 * r)
            ));
        }
    }
    path
}
