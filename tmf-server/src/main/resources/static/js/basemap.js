/*
 * The offline Natural Earth basemap shared by the hazard map and the drainage route page: JSON fetched with the
 * session's cookies, and the countries, lakes and rivers of the bundled TopoJSON files drawn in their own panes
 * under everything else. tmfBasemap.add returns a promise that settles when both layers are drawn.
 */
window.tmfBasemap = (function () {
  'use strict';

  function getJson(url) {
    return fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } }).then(function (response) {
      if (!response.ok) {
        throw new Error(String(response.status));
      }
      return response.json();
    });
  }

  function add(map, countriesUrl, physicalUrl, riverStyle) {
    map.createPane('countries').style.zIndex = 200;
    map.createPane('water').style.zIndex = 300;
    var countries = getJson(countriesUrl).then(function (topology) {
      L.geoJSON(topojson.feature(topology, topology.objects.countries), {
        pane: 'countries', style: { color: '#8d99ae', weight: 0.8, fillColor: '#f4f1ea', fillOpacity: 1 }
      }).addTo(map);
    });
    var water = getJson(physicalUrl).then(function (topology) {
      L.geoJSON(topojson.feature(topology, topology.objects.lakes), {
        pane: 'water', style: { color: '#6aa6d6', weight: 0.6, fillColor: '#a9d3f2', fillOpacity: 1 }
      }).addTo(map);
      L.geoJSON(topojson.feature(topology, topology.objects.rivers), { pane: 'water', style: riverStyle }).addTo(map);
    });
    return Promise.all([countries, water]);
  }

  return { getJson: getJson, add: add };
}());
