/*
 * Drainage route page: the site on the offline Natural Earth layers; each click on the map adds a point of the route
 * (a drawn route) or picks the point on the receiving river (a receiving water, joined to the site by a straight,
 * dashed connector). The points are written to the form's text field as a GeoJSON geometry, which the server reads;
 * a GeoJSON Point or LineString already in the field is drawn when the page opens. Every text comes from the page
 * (data-texts). The map is kept on the container as leafletMap; data-ready="true" once the layers are drawn.
 */
(function () {
  'use strict';
  var container = document.getElementById('route-map');
  if (!container) {
    return;
  }
  var texts = JSON.parse(container.dataset.texts);
  var field = document.getElementById('points');
  var counter = document.getElementById('route-point-count');
  var site = [Number(container.dataset.latitude), Number(container.dataset.longitude)];
  var map = L.map(container, { worldCopyJump: true, minZoom: 3 }).setView(site, 9);
  container.leafletMap = map;
  var basemap = tmfBasemap.add(map, container.dataset.countriesUrl, container.dataset.physicalUrl,
    { color: '#1f78c1', weight: 2 });

  L.circleMarker(site, { radius: 7, color: '#1a1a1a', weight: 2, fillColor: '#ffc107', fillOpacity: 1 })
    .bindTooltip(texts.site).addTo(map);
  var drawn = L.layerGroup().addTo(map);
  var points = [];

  function kind() {
    var checked = document.querySelector('input[name="kind"]:checked');
    return checked ? checked.value : 'DRAWN';
  }

  function round(value) {
    return Math.round(value * 1e5) / 1e5;
  }

  function write() {
    if (points.length === 0) {
      field.value = '';
      return;
    }
    var positions = points.map(function (p) {
      return [round(p[1]), round(p[0])];
    });
    field.value = JSON.stringify(points.length === 1 ? { type: 'Point', coordinates: positions[0] }
      : { type: 'LineString', coordinates: positions });
  }

  function draw() {
    drawn.clearLayers();
    var approximate = kind() === 'RECEIVING_WATER';
    if (points.length > 0) {
      L.polyline([site].concat(points), { color: '#d32f2f', weight: 3, dashArray: approximate ? '6 6' : null })
        .addTo(drawn);
    }
    points.forEach(function (p) {
      L.circleMarker(p, { radius: 4, color: '#d32f2f', weight: 2, fillColor: '#ffffff', fillOpacity: 1 }).addTo(drawn);
    });
    counter.textContent = texts.count.replace('{0}', String(points.length));
  }

  function read() {
    var text = field.value.trim();
    if (text.charAt(0) !== '{') {
      return;
    }
    try {
      var geometry = JSON.parse(text);
      if (geometry.type === 'Feature') {
        geometry = geometry.geometry;
      }
      if (geometry.type === 'Point') {
        points = [[geometry.coordinates[1], geometry.coordinates[0]]];
      } else if (geometry.type === 'LineString') {
        points = geometry.coordinates.map(function (c) {
          return [c[1], c[0]];
        });
      }
    } catch (e) {
      points = [];
    }
  }

  map.on('click', function (event) {
    var point = [event.latlng.lat, L.Util.wrapNum(event.latlng.lng, [-180, 180], true)];
    if (kind() === 'RECEIVING_WATER') {
      points = [point];
    } else {
      points.push(point);
    }
    write();
    draw();
  });
  document.getElementById('route-undo').addEventListener('click', function () {
    points.pop();
    write();
    draw();
  });
  document.getElementById('route-clear').addEventListener('click', function () {
    points = [];
    write();
    draw();
  });
  document.querySelectorAll('input[name="kind"]').forEach(function (radio) {
    radio.addEventListener('change', function () {
      if (kind() === 'RECEIVING_WATER' && points.length > 1) {
        points = [points[points.length - 1]];
        write();
      }
      draw();
    });
  });
  field.addEventListener('change', function () {
    read();
    draw();
  });

  read();
  draw();
  if (points.length > 0) {
    map.fitBounds(L.latLngBounds([site].concat(points)).pad(0.2));
  }
  basemap.then(function () {
    container.dataset.ready = 'true';
  });
}());
