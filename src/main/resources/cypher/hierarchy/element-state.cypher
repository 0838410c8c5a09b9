// One element's own fields and its parent's code, read in a write transaction: the "before" and
// "after" of a change, and the base for updating some of its fields.
MATCH (e:Element {code: $code})
OPTIONAL MATCH (e)-[:PART_OF]->(p:Element)
RETURN e {.code, .name, .description, .purpose, .recipient, .status, .level} AS element,
       p.code AS parent
