/**
 * Reading TopoJSON (https://github.com/topojson/topojson-specification), the format of the basemap files the
 * product ships, into JTS geometries with x = longitude, y = latitude.
 */
package org.tmfsafety.geo.topojson;
