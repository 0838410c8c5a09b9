// Every element code, person id and pool id: the scope of the one-off backfill of a store written
// before the graph kept validity intervals.
CALL () {
  MATCH (e:Element)
  RETURN collect(e.code) AS codes
}
CALL () {
  MATCH (p:Person)
  RETURN collect(p.id) AS people
}
CALL () {
  MATCH (r:ResourcePool)
  RETURN collect(r.id) AS pools
}
RETURN codes, people, pools
