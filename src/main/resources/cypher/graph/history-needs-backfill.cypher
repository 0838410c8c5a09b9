// True when the graph holds a model but no validity intervals: a store written before the graph
// kept them, to be backfilled once. Both counts come from the count store.
CALL () {
  MATCH (h:History)
  RETURN count(h) AS intervals
}
CALL () {
  MATCH (e:Element)
  RETURN count(e) AS elements
}
RETURN intervals = 0 AND elements > 0 AS needed
