/**
 * Draws process maps, tree diagrams and role overviews as SVG with Batik's SVG DOM, measuring text
 * with real font metrics, and transcodes them to PNG and PDF. Layout comes from layout libraries
 * (abego TreeLayout for trees, ELK layered for flows). Takes an immutable {@link
 * se.processkarta.model.ModelSnapshot}; never touches a repository, the graph driver or HTTP.
 */
package se.processkarta.render;
