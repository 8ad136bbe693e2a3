//! Where each person is drawn on the map: each connected cluster laid out on its own by a force
//! simulation (linked people pull together, everyone near pushes apart, looked up in a grid so
//! a step costs about one pass over the people), then the clusters packed in rows, largest
//! first. Deterministic: the same graph gives the same map.

use std::collections::{HashMap, VecDeque};

use super::graph::Graph;

/// The distance the simulation aims for between two linked people, in map units.
pub const EDGE: f64 = 40.0;

/// Space kept around each cluster when they are packed.
const CLUSTER_GAP: f64 = 24.0;

/// The golden angle, which spreads points on a spiral evenly.
const GOLDEN_ANGLE: f64 = 2.399_963_229_728_653;

#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

/// A cluster's place: its nodes and the box they are drawn in.
#[derive(Clone, Debug, PartialEq)]
pub struct ClusterBox {
    pub nodes: Vec<usize>,
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Layout {
    /// Each node's centre, by node index.
    pub points: Vec<Point>,
    /// Each node's radius: larger for those who connect to more others.
    pub radii: Vec<f64>,
    /// Largest first.
    pub clusters: Vec<ClusterBox>,
    pub width: f64,
    pub height: f64,
}

/// A node's radius for `degree` others it connects to.
pub fn radius(degree: usize) -> f64 {
    (6.0 + 2.5 * (degree as f64).sqrt()).min(20.0)
}

pub fn layout(graph: &Graph) -> Layout {
    let mut run = LayoutRun::new(graph);
    while !run.advance(graph) {}
    run.finish(graph)
}

/// A layout made a step at a time, so a screen can make it between frames: each
/// [`LayoutRun::advance`] is one round of one cluster's simulation (or places every small
/// cluster up to the next that needs one).
pub struct LayoutRun {
    /// Still to lay out, largest first.
    clusters: std::vec::IntoIter<Vec<usize>>,
    current: Option<(Vec<usize>, Simulation)>,
    placed: Vec<(Vec<usize>, Vec<Point>)>,
}

impl LayoutRun {
    pub fn new(graph: &Graph) -> LayoutRun {
        LayoutRun {
            clusters: graph.clusters().into_iter(),
            current: None,
            placed: Vec::new(),
        }
    }

    /// One step; true when every cluster is laid out.
    pub fn advance(&mut self, graph: &Graph) -> bool {
        if let Some((_, simulation)) = &mut self.current {
            if simulation.step() {
                let (nodes, simulation) = self.current.take().expect("matched just above");
                self.placed.push((nodes, simulation.points));
            }
            return false;
        }
        for nodes in self.clusters.by_ref() {
            if nodes.len() == 1 {
                self.placed.push((nodes, vec![Point::default()]));
            } else {
                let simulation = Simulation::new(graph, &nodes);
                self.current = Some((nodes, simulation));
                return false;
            }
        }
        true
    }

    /// The layout, once [`LayoutRun::advance`] has said it is done.
    pub fn finish(self, graph: &Graph) -> Layout {
        let radii = (0..graph.people.len())
            .map(|node| radius(graph.degree(node)))
            .collect();
        pack(self.placed, radii)
    }
}

/// One connected cluster's force simulation, from a spiral in breadth-first order.
struct Simulation {
    points: Vec<Point>,
    edges: Vec<(usize, usize)>,
    rounds: usize,
    round: usize,
    gravity: f64,
    shift: Vec<Point>,
    grid: Grid,
}

/// Linked people pull towards this distance, and anyone nearer than this pushes apart.
const REACH: f64 = 1.5 * EDGE;

impl Simulation {
    fn new(graph: &Graph, nodes: &[usize]) -> Simulation {
        let n = nodes.len();
        let local: HashMap<usize, usize> = nodes.iter().enumerate().map(|(i, &g)| (g, i)).collect();
        let edges = nodes
            .iter()
            .enumerate()
            .flat_map(|(i, &g)| {
                graph.neighbours[g]
                    .iter()
                    .filter_map(|other| local.get(other).copied())
                    .filter(move |&j| j > i)
                    .map(move |j| (i, j))
            })
            .collect();
        Simulation {
            points: spiral(&breadth_first(graph, nodes, &local)),
            edges,
            rounds: match n {
                ..=50 => 200,
                51..=500 => 120,
                _ => 60,
            },
            round: 0,
            // A little pull to the middle keeps long chains from drifting apart; less for a
            // big cluster, whose rim it would otherwise crush inwards.
            gravity: 0.02 / (n as f64 / 50.0).sqrt().max(1.0),
            shift: vec![Point::default(); n],
            grid: Grid::default(),
        }
    }

    /// One round; true after the last.
    fn step(&mut self) -> bool {
        let heat = EDGE * 2.0 * (1.0 - self.round as f64 / self.rounds as f64) + 0.5;
        self.shift.iter_mut().for_each(|s| *s = Point::default());
        self.grid.fill(&self.points);
        // Everyone near pushes apart.
        for (i, p) in self.points.iter().enumerate() {
            for j in self.grid.near(p) {
                if j == i {
                    continue;
                }
                let (dx, dy) = apart(p, &self.points[j], i, j);
                let d = (dx * dx + dy * dy).sqrt();
                if d < REACH {
                    let push = EDGE * EDGE / d * (1.0 - d / REACH);
                    self.shift[i].x += dx / d * push;
                    self.shift[i].y += dy / d * push;
                }
            }
        }
        // Linked people pull together, as springs of length EDGE.
        for &(i, j) in &self.edges {
            let (dx, dy) = apart(&self.points[i], &self.points[j], i, j);
            let d = (dx * dx + dy * dy).sqrt();
            let pull = (d - EDGE) * 0.8;
            self.shift[i].x -= dx / d * pull;
            self.shift[i].y -= dy / d * pull;
            self.shift[j].x += dx / d * pull;
            self.shift[j].y += dy / d * pull;
        }
        for (p, s) in self.points.iter_mut().zip(&mut self.shift) {
            s.x -= self.gravity * p.x;
            s.y -= self.gravity * p.y;
            let length = (s.x * s.x + s.y * s.y).sqrt();
            if length > 0.0 {
                let moved = length.min(heat);
                p.x += s.x / length * moved;
                p.y += s.y / length * moved;
            }
        }
        self.round += 1;
        self.round >= self.rounds
    }
}

/// The points sorted into square cells of side [`REACH`], so the points near one are found in
/// the nine cells round it.
#[derive(Default)]
struct Grid {
    left: f64,
    top: f64,
    columns: usize,
    rows: usize,
    /// Where each cell's points start in `order`; one more entry than cells.
    starts: Vec<usize>,
    order: Vec<usize>,
}

impl Grid {
    fn fill(&mut self, points: &[Point]) {
        let (mut left, mut top, mut right, mut bottom) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
        for p in points {
            left = left.min(p.x);
            top = top.min(p.y);
            right = right.max(p.x);
            bottom = bottom.max(p.y);
        }
        self.left = left;
        self.top = top;
        self.columns = ((right - left) / REACH) as usize + 1;
        self.rows = ((bottom - top) / REACH) as usize + 1;
        let cells = self.columns * self.rows;
        self.starts.clear();
        self.starts.resize(cells + 1, 0);
        for p in points {
            let c = self.cell(p);
            self.starts[c + 1] += 1;
        }
        for c in 0..cells {
            self.starts[c + 1] += self.starts[c];
        }
        let mut next = self.starts.clone();
        self.order.clear();
        self.order.resize(points.len(), 0);
        for (i, p) in points.iter().enumerate() {
            let c = self.cell(p);
            self.order[next[c]] = i;
            next[c] += 1;
        }
    }

    fn column_row(&self, p: &Point) -> (usize, usize) {
        let column = ((p.x - self.left) / REACH) as usize;
        let row = ((p.y - self.top) / REACH) as usize;
        (column.min(self.columns - 1), row.min(self.rows - 1))
    }

    fn cell(&self, p: &Point) -> usize {
        let (column, row) = self.column_row(p);
        row * self.columns + column
    }

    /// The points in the nine cells round `p`'s.
    fn near(&self, p: &Point) -> impl Iterator<Item = usize> + '_ {
        let (column, row) = self.column_row(p);
        let columns = column.saturating_sub(1)..=(column + 1).min(self.columns - 1);
        (row.saturating_sub(1)..=(row + 1).min(self.rows - 1)).flat_map(move |r| {
            let first = r * self.columns + *columns.start();
            let last = r * self.columns + *columns.end();
            self.order[self.starts[first]..self.starts[last + 1]]
                .iter()
                .copied()
        })
    }
}

/// The vector from `q` to `p`; for two at one spot, a small one that depends only on which
/// two they are, so the result never depends on chance.
fn apart(p: &Point, q: &Point, i: usize, j: usize) -> (f64, f64) {
    let (dx, dy) = (p.x - q.x, p.y - q.y);
    if dx * dx + dy * dy > 1e-6 {
        return (dx, dy);
    }
    let angle = (i.min(j) * 31 + i.max(j) * 17) as f64;
    let sign = if i < j { 1.0 } else { -1.0 };
    (sign * 0.01 * angle.cos(), sign * 0.01 * angle.sin())
}

/// The cluster's nodes (as local indexes) from its best-connected one outwards.
fn breadth_first(graph: &Graph, nodes: &[usize], local: &HashMap<usize, usize>) -> Vec<usize> {
    let start = (0..nodes.len())
        .max_by_key(|&i| (graph.degree(nodes[i]), std::cmp::Reverse(i)))
        .unwrap_or(0);
    let mut order = Vec::with_capacity(nodes.len());
    let mut seen = vec![false; nodes.len()];
    let mut queue = VecDeque::from([start]);
    seen[start] = true;
    while let Some(i) = queue.pop_front() {
        order.push(i);
        for other in &graph.neighbours[nodes[i]] {
            if let Some(&j) = local.get(other) {
                if !seen[j] {
                    seen[j] = true;
                    queue.push_back(j);
                }
            }
        }
    }
    order
}

/// Starting points on a spiral: the k-th node in `order` at the k-th turn, so close neighbours
/// in the order start close together.
fn spiral(order: &[usize]) -> Vec<Point> {
    let mut points = vec![Point::default(); order.len()];
    for (k, &i) in order.iter().enumerate() {
        let r = EDGE * 0.6 * (k as f64).sqrt();
        let angle = k as f64 * GOLDEN_ANGLE;
        points[i] = Point {
            x: r * angle.cos(),
            y: r * angle.sin(),
        };
    }
    points
}

/// Packs the clusters in rows, largest first, each in its own box; the map starts at (0, 0).
fn pack(placed: Vec<(Vec<usize>, Vec<Point>)>, radii: Vec<f64>) -> Layout {
    let boxes: Vec<(Vec<usize>, Vec<Point>, f64, f64)> = placed
        .into_iter()
        .map(|(nodes, mut points)| {
            let (mut left, mut top) = (f64::MAX, f64::MAX);
            let (mut right, mut bottom) = (f64::MIN, f64::MIN);
            for (p, &node) in points.iter().zip(&nodes) {
                let r = radii[node];
                left = left.min(p.x - r);
                top = top.min(p.y - r);
                right = right.max(p.x + r);
                bottom = bottom.max(p.y + r);
            }
            for p in &mut points {
                p.x -= left;
                p.y -= top;
            }
            (nodes, points, right - left, bottom - top)
        })
        .collect();
    let area: f64 = boxes
        .iter()
        .map(|(_, _, w, h)| (w + CLUSTER_GAP) * (h + CLUSTER_GAP))
        .sum();
    let widest = boxes.iter().map(|(_, _, w, _)| *w).fold(0.0, f64::max);
    let row_width = (area.sqrt() * 1.2).max(widest);
    let mut layout = Layout {
        points: vec![Point::default(); radii.len()],
        radii,
        ..Layout::default()
    };
    let (mut x, mut y, mut row_height) = (0.0, 0.0, 0.0_f64);
    for (nodes, points, width, height) in boxes {
        if x > 0.0 && x + width > row_width {
            x = 0.0;
            y += row_height + CLUSTER_GAP;
            row_height = 0.0;
        }
        for (p, &node) in points.iter().zip(&nodes) {
            layout.points[node] = Point {
                x: x + p.x,
                y: y + p.y,
            };
        }
        layout.clusters.push(ClusterBox {
            nodes,
            x,
            y,
            width,
            height,
        });
        layout.width = layout.width.max(x + width);
        row_height = row_height.max(height);
        x += width + CLUSTER_GAP;
    }
    layout.height = y + row_height;
    layout
}
