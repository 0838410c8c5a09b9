// Takes the write lock on an element for the rest of the transaction, so that two role commands on
// the same element are serialised and both cannot pass the "one current owner" check, and answers
// its level and status. Setting a property is how Cypher takes a node's write lock.
MATCH (e:Element {code: $code})
SET e.roleWrites = coalesce(e.roleWrites, 0) + 1
RETURN e.level AS level, e.status AS status
