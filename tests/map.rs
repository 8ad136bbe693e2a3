//! The relationship map's pure parts: the graph of who referred and who is linked to whom, what
//! it flags, and the layout, over hand-made and generated webs of people.
#![cfg(not(target_arch = "wasm32"))]

use one_on_one::domain::map::flags::{named_not_met, unreached_groups, GroupKind};
use one_on_one::domain::map::graph::{Graph, MapPerson, Tie};
use one_on_one::domain::map::layout::{layout, radius, EDGE};
use one_on_one::domain::person::Stage;
use one_on_one::domain::person_link::{link_word, PersonLink};
use proptest::prelude::*;

fn person(id: &str) -> MapPerson {
    MapPerson {
        id: id.into(),
        name: id.to_uppercase(),
        stage: Stage::NotYetMet,
        engagement: None,
        referred_by: None,
        links: Vec::new(),
        organizations: Vec::new(),
        tags: Vec::new(),
    }
}

fn referred(id: &str, by: &str) -> MapPerson {
    MapPerson {
        referred_by: Some(by.into()),
        ..person(id)
    }
}

fn linked(mut p: MapPerson, to: &str, word: &str) -> MapPerson {
    p.links.push(PersonLink {
        id: format!("{}-{to}", p.id),
        to: to.into(),
        word: word.into(),
    });
    p
}

#[test]
fn referrals_and_links_become_one_edge_per_pair() {
    let graph = Graph::of(vec![
        person("ana"),
        referred("ben", "ana"),
        // Linked back to who referred her: still one edge, and the referral says it.
        linked(referred("cy", "ana"), "ana", "family"),
        linked(linked(person("dee"), "ben", "works with"), "ghost", "knows"),
        linked(referred("eve", "eve"), "eve", "knows"),
    ]);
    let edges: Vec<_> = graph
        .edges
        .iter()
        .map(|e| (e.a, e.b, e.tie.clone()))
        .collect();
    assert_eq!(
        edges,
        [
            (0, 1, Tie::Referred { from: 0, to: 1 }),
            (0, 2, Tie::Referred { from: 0, to: 2 }),
            (1, 3, Tie::Linked("works with".into())),
        ]
    );
    assert_eq!(
        (graph.degree(0), graph.degree(1), graph.degree(4)),
        (2, 2, 0)
    );
    assert_eq!(graph.clusters(), [vec![0, 1, 2, 3], vec![4]]);
}

#[test]
fn a_link_s_word_is_kept_tidy_and_short() {
    assert_eq!(link_word("  works   with "), "works with");
    assert_eq!(link_word(""), "knows");
    assert_eq!(link_word(&"ü".repeat(99)).chars().count(), 40);
}

#[test]
fn people_many_name_but_no_one_met_are_flagged_most_named_first() {
    let mut met = person("met");
    met.stage = Stage::Met;
    let graph = Graph::of(vec![
        person("ana"),
        referred("ben", "ana"),
        linked(linked(person("cy"), "ben", "knows"), "zed", "knows"),
        linked(person("dee"), "ben", "knows"),
        linked(person("eve"), "zed", "knows"),
        person("zed"),
        linked(linked(person("fay"), "met", "knows"), "met", "family"),
        linked(person("gus"), "met", "knows"),
    ]);
    let flagged: Vec<_> = named_not_met(&graph, 2)
        .into_iter()
        .map(|n| (graph.people[n.node].id.clone(), n.named_by))
        .collect();
    // Ben: referred by Ana, linked from Cy and Dee. Zed: linked from Cy and Eve. Met: met.
    assert_eq!(flagged, [("ben".to_owned(), 3), ("zed".to_owned(), 2)]);
    let graph = Graph::of(vec![met]);
    assert!(named_not_met(&graph, 1).is_empty());
}

#[test]
fn groups_no_one_in_them_has_met_are_flagged_whatever_their_spelling() {
    let mut nurse = person("ana");
    nurse.organizations = vec!["St. Luke's".into()];
    nurse.tags = vec!["Nurse".into(), "nurse".into()];
    let mut other_nurse = person("ben");
    other_nurse.organizations = vec!["st. luke's".into()];
    other_nurse.tags = vec!["NURSE".into()];
    let mut met_teacher = person("cy");
    met_teacher.stage = Stage::Active;
    met_teacher.tags = vec!["teacher".into()];
    let mut teacher = person("dee");
    teacher.tags = vec!["Teacher".into(), "  ".into()];
    let mut lone = person("eve");
    lone.organizations = vec!["Tenants' Union".into()];
    let graph = Graph::of(vec![nurse, other_nurse, met_teacher, teacher, lone]);
    let flagged: Vec<_> = unreached_groups(&graph, 2)
        .into_iter()
        .map(|g| (g.kind, g.name, g.members))
        .collect();
    assert_eq!(
        flagged,
        [
            (GroupKind::Organization, "St. Luke's".to_owned(), vec![0, 1]),
            (GroupKind::Tag, "Nurse".to_owned(), vec![0, 1]),
        ]
    );
    assert_eq!(unreached_groups(&graph, 1).len(), 3);
}

/// A web of `n` people from generated pairs: (who, whom, referral or link).
fn web(n: usize, ties: &[(usize, usize, bool)]) -> Graph {
    let mut people: Vec<MapPerson> = (0..n).map(|i| person(&format!("p{i:04}"))).collect();
    for &(a, b, referral) in ties {
        let (a, b) = (a % n, b % n);
        let to = people[b].id.clone();
        if referral {
            people[b].referred_by = Some(people[a].id.clone());
        } else {
            let word = "knows";
            people[a] = linked(people[a].clone(), &to, word);
        }
    }
    Graph::of(people)
}

fn distance(l: &one_on_one::domain::map::layout::Layout, i: usize, j: usize) -> f64 {
    ((l.points[i].x - l.points[j].x).powi(2) + (l.points[i].y - l.points[j].y).powi(2)).sqrt()
}

#[test]
fn the_same_web_gives_the_same_map_and_a_node_grows_with_its_ties() {
    let ties: Vec<_> = (0..60).map(|i| (i * 7, i * 13 + 1, i % 3 == 0)).collect();
    let graph = web(80, &ties);
    assert_eq!(layout(&graph), layout(&graph));
    assert!(radius(0) < radius(4) && radius(4) < radius(16));
    assert_eq!(radius(1_000), 20.0);
    assert_eq!(layout(&Graph::of(Vec::new())).points, []);
}

#[test]
fn a_chain_and_a_star_are_drawn_with_linked_people_near_each_other() {
    // A chain of 30 and a star of 20 round one person.
    let mut ties: Vec<_> = (0..29).map(|i| (i, i + 1, false)).collect();
    ties.extend((31..50).map(|i| (30, i, true)));
    let graph = web(50, &ties);
    let l = layout(&graph);
    for e in &graph.edges {
        let d = distance(&l, e.a, e.b);
        assert!(d < 3.0 * EDGE, "{} and {} are {d} apart", e.a, e.b);
    }
    // The star's centre is the biggest node, and its cluster is packed apart from the chain.
    assert!(l.radii[30] > l.radii[31]);
    assert_eq!(l.clusters.len(), 2);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(40))]

    /// Any web: every node inside the map, no two on one spot, clusters never overlapping, and
    /// linked people on average nearer than any two of the same cluster (where not everyone is
    /// linked to nearly everyone).
    #[test]
    fn every_map_is_inside_its_bounds_spread_and_tidy(
        n in 1..160usize,
        ties in proptest::collection::vec((0..1_000usize, 0..1_000usize, any::<bool>()), 0..220),
    ) {
        let graph = web(n, &ties);
        let l = layout(&graph);
        prop_assert_eq!(l.points.len(), n);
        for (p, r) in l.points.iter().zip(&l.radii) {
            prop_assert!(p.x.is_finite() && p.y.is_finite());
            prop_assert!(p.x - r >= -1e-6 && p.x + r <= l.width + 1e-6, "x {} r {} width {}", p.x, r, l.width);
            prop_assert!(p.y - r >= -1e-6 && p.y + r <= l.height + 1e-6);
        }
        for i in 0..n {
            for j in i + 1..n {
                prop_assert!(distance(&l, i, j) > 1.0, "{} and {} on one spot", i, j);
            }
        }
        for (k, a) in l.clusters.iter().enumerate() {
            for b in &l.clusters[k + 1..] {
                let apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
                prop_assert!(apart);
            }
        }
        for cluster in l.clusters.iter().filter(|c| c.nodes.len() >= 8) {
            let inside: Vec<_> = graph.edges.iter().filter(|e| cluster.nodes.binary_search(&e.a).is_ok()).collect();
            let linked = inside.iter().map(|e| distance(&l, e.a, e.b)).sum::<f64>() / inside.len() as f64;
            let pairs: Vec<(usize, usize)> = cluster.nodes.iter().flat_map(|&i| cluster.nodes.iter().map(move |&j| (i, j))).filter(|(i, j)| i < j).collect();
            if inside.len() * 2 > pairs.len() {
                continue; // Nearly everyone linked to everyone: nothing to tell apart.
            }
            let any = pairs.iter().map(|&(i, j)| distance(&l, i, j)).sum::<f64>() / pairs.len() as f64;
            prop_assert!(linked < any, "linked {} any {}", linked, any);
        }
    }
}

mod looking {
    use super::*;
    use one_on_one::domain::map::layout::Point;
    use one_on_one::domain::map::view::{people_path, person_at, ties_path, ViewBox};

    fn star() -> (Graph, one_on_one::domain::map::layout::Layout) {
        let ties: Vec<_> = (1..6).map(|i| (0, i, true)).collect();
        let graph = web(8, &ties);
        let l = layout(&graph);
        (graph, l)
    }

    #[test]
    fn the_whole_map_fits_in_view_whatever_the_screen_s_shape() {
        let (_, l) = star();
        for aspect in [0.5, 1.0, 2.0, f64::NAN] {
            let v = ViewBox::fit(&l, aspect);
            for (p, r) in l.points.iter().zip(&l.radii) {
                assert!(v.shows(
                    Point {
                        x: p.x - r,
                        y: p.y - r
                    },
                    0.0
                ));
                assert!(v.shows(
                    Point {
                        x: p.x + r,
                        y: p.y + r
                    },
                    0.0
                ));
            }
            if aspect.is_finite() {
                assert!((v.width / v.height - aspect).abs() < 1e-9);
            }
        }
    }

    #[test]
    fn zooming_keeps_the_point_under_the_fingers_and_stops_at_its_limits() {
        let v = ViewBox {
            x: 0.0,
            y: 0.0,
            width: 400.0,
            height: 800.0,
        };
        let around = v.at(0.25, 0.75);
        let closer = v.zoom(2.0, around, 1_000.0);
        assert_eq!((closer.width, closer.height), (200.0, 400.0));
        assert_eq!(closer.at(0.25, 0.75), around);
        assert_eq!(v.zoom(100.0, around, 1_000.0).width, 120.0);
        assert_eq!(v.zoom(0.01, around, 1_000.0).width, 1_000.0);
        assert_eq!(v.pan(10.0, -5.0).attribute(), "10 -5 400 800");
        let centred = v.centred_on(Point { x: 50.0, y: 60.0 }, 200.0);
        assert_eq!(centred.at(0.5, 0.5), Point { x: 50.0, y: 60.0 });
    }

    #[test]
    fn a_tap_lands_on_the_nearest_person_within_a_finger_s_reach() {
        let (_, l) = star();
        let centre = l.points[0];
        assert_eq!(person_at(&l, centre, 8.0), Some(0));
        let beside = Point {
            x: centre.x + l.radii[0] + 5.0,
            y: centre.y,
        };
        assert_eq!(person_at(&l, beside, 8.0), Some(0));
        assert_eq!(
            person_at(
                &l,
                Point {
                    x: -500.0,
                    y: -500.0
                },
                8.0
            ),
            None
        );
    }

    #[test]
    fn the_map_is_drawn_as_one_path_of_ties_and_one_per_stage() {
        let (mut graph, _) = star();
        graph.people[1].stage = Stage::Leader;
        let l = layout(&graph);
        assert_eq!(
            ties_path(&graph, &l).matches('M').count(),
            graph.edges.len()
        );
        assert_eq!(
            people_path(&graph, &l, Stage::Leader).matches('M').count(),
            1
        );
        assert_eq!(
            people_path(&graph, &l, Stage::NotYetMet)
                .matches('M')
                .count(),
            7
        );
        assert_eq!(people_path(&graph, &l, Stage::Met), "");
    }
}

#[test]
fn the_people_round_someone_start_at_the_top_and_go_clockwise_inside_the_box() {
    use one_on_one::domain::map::ego::around;
    use one_on_one::domain::map::layout::Point;
    assert_eq!(
        around(4, 300.0, 200.0, 30.0),
        [
            Point { x: 150.0, y: 30.0 },
            Point { x: 270.0, y: 100.0 },
            Point { x: 150.0, y: 170.0 },
            Point { x: 30.0, y: 100.0 },
        ]
    );
    for n in 1..=12 {
        for p in around(n, 300.0, 200.0, 30.0) {
            assert!((30.0..=270.0).contains(&p.x) && (30.0..=170.0).contains(&p.y));
        }
    }
    assert!(around(0, 300.0, 200.0, 30.0).is_empty());
}

#[test]
fn a_graph_drawn_before_its_stages_are_read_is_coloured_without_changing_its_web() {
    use one_on_one::domain::people_list::{stages_of, Fact};
    let mut leader = person("c");
    leader.engagement = Some(5);
    let plain = Graph::of(vec![
        person("a"),
        referred("b", "a"),
        linked(leader, "a", "knows"),
    ]);
    let facts = [
        Fact::Held {
            person_id: "b".into(),
            at: 1,
            meeting_id: "m".into(),
        },
        Fact::Held {
            person_id: "c".into(),
            at: 2,
            meeting_id: "n".into(),
        },
    ];
    let stages = stages_of(
        plain.people.iter().map(|p| (p.id.as_str(), p.engagement)),
        &facts,
    );
    assert_eq!(stages, [Stage::NotYetMet, Stage::Met, Stage::Leader]);
    let coloured = plain.restaged(&stages);
    assert_eq!(
        coloured.people.iter().map(|p| p.stage).collect::<Vec<_>>(),
        stages
    );
    assert_eq!(coloured.edges, plain.edges, "the same web");
    assert_eq!(coloured.naming, plain.naming);
    assert_eq!(coloured.neighbours, plain.neighbours);
}
