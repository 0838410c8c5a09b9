// Retires an element: it stays in the graph, with its history, but is no longer published.
MATCH (e:Element {code: $code})
SET e.status = 'RETIRED'
RETURN e.code AS code
