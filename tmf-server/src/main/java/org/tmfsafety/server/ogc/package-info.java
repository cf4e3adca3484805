/**
 * OGC API – Features (Part 1: Core, GeoJSON) over the registry, so that QGIS, ArcGIS and GDAL read its layers
 * directly: landing page {@code /ogc}, conformance, collections and their items with bbox, limit and offset, only
 * what the caller may see.
 */
package org.tmfsafety.server.ogc;
