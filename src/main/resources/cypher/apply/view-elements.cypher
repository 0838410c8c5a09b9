// The part of the tree a change touches, read once for checking or applying the whole change in
// memory: the elements with one of $codes, and every element below one of $prefixes (the subtrees
// a change moves or retires), each with its parent's code.
CALL () {
  UNWIND $codes AS code
  MATCH (e:Element {code: code})
  RETURN e
  UNION
  UNWIND $prefixes AS prefix
  MATCH (e:Element)
  WHERE e.code STARTS WITH prefix
  RETURN e
}
OPTIONAL MATCH (e)-[:PART_OF]->(p:Element)
WITH e, head(collect(p.code)) AS parent
RETURN e {.code, .name, .description, .purpose, .recipient, .status, .level} AS element, parent
