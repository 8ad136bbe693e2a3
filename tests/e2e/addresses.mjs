// Every screen's address that opens it in an empty profile, and the heading it opens on: for
// the cold starts of chunks.spec.mjs and bench/first_open.mjs.

/** Every screen's address and the heading it opens on, from a cold start. */
export const ADDRESSES = [
  { path: '/', heading: 'Today' },
  { path: '/people', heading: 'People' },
  { path: '/people/new', heading: 'Add person' },
  { path: '/people/import', heading: 'Bring people in' },
  { path: '/people/nobody-here', heading: 'Person not found' },
  { path: '/meetings/new', heading: 'Who is this meeting with?' },
  { path: '/meetings/nothing-here', heading: 'Meeting not found' },
  { path: '/meetings/nothing-here/live', heading: 'Meeting not found' },
  { path: '/meetings/nothing-here/debrief', heading: 'Meeting not found' },
  { path: '/follow-ups', heading: 'Follow-ups' },
  { path: '/guides', heading: 'Guides' },
  { path: '/guides/builtin-campaign', heading: 'Campaign one-to-one' },
  { path: '/search', heading: 'Search' },
  { path: '/settings', heading: 'Settings' },
  { path: '/settings/team', heading: 'Team' },
  { path: '/growth', heading: 'Your growth' },
  { path: '/map', heading: 'Map' },
];
