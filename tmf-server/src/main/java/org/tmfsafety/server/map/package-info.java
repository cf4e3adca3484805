/**
 * The offline hazard map: Leaflet with Natural Earth layers committed with the application (no tile
 * server needed), facilities as points coloured by hazard or risk class from
 * {@code /api/v1/facilities.geojson}. An online tile layer is an opt-in setting.
 */
package org.tmfsafety.server.map;
