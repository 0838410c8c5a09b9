/**
 * Who is responsible for what: people, organisational units, process owners, leads, teams, resource
 * pools, allocations and steering groups, with the rules of municipal process governance.
 */
package se.processkarta.roles;
