CREATE CONSTRAINT element_code_unique IF NOT EXISTS FOR (e:Element) REQUIRE e.code IS UNIQUE;
CREATE INDEX element_level IF NOT EXISTS FOR (e:Element) ON (e.level);
CREATE CONSTRAINT person_id_unique IF NOT EXISTS FOR (p:Person) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT org_unit_id_unique IF NOT EXISTS FOR (o:OrgUnit) REQUIRE o.id IS UNIQUE;
CREATE CONSTRAINT resource_pool_id_unique IF NOT EXISTS FOR (r:ResourcePool) REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT steering_group_id_unique IF NOT EXISTS FOR (g:SteeringGroup) REQUIRE g.id IS UNIQUE;
