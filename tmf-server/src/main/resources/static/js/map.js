/*
 * TMF Safety hazard map: offline Natural Earth layers, facilities coloured by hazard class and their downstream
 * paths (red where the river leaves the country, dashed where the location rule does not flag the site) with
 * the border crossings; ?focus=ID zooms to one facility's path from its start to the border crossing (or to the
 * outlet when the river stays in the country).
 * Every text comes from the page (data-texts, rendered from the message bundles); none is written here. So do
 * the hazard classes (texts.classes: code, label and colour from the methodology profile, least severe first).
 * When all facilities are drawn, the container gets data-ready="true" and data-feature-count="N".
 */
(function () {
  'use strict';
  var container = document.getElementById('map');
  if (!container) {
    return;
  }
  var texts = JSON.parse(container.dataset.texts);
  var classes = {};
  texts.classes.forEach(function (c) {
    classes[c.code] = c;
  });
  var unrated = '#546e7a';

  function classColour(code) {
    return classes[code] && classes[code].colour ? classes[code].colour : unrated;
  }

  function classLabel(code) {
    if (!code) {
      return texts.notRated;
    }
    return classes[code] ? classes[code].label : texts.unknownClass;
  }
  var severityColours = { 1: '#6a1b9a', 2: '#ab47bc', 3: '#ce93d8', 4: '#9e9e9e' };
  var map = L.map(container, { preferCanvas: true, worldCopyJump: true, minZoom: 2 }).setView([47.5, 68], 4);

  if (container.dataset.tileUrl) {
    L.tileLayer(container.dataset.tileUrl, { attribution: container.dataset.tileAttribution }).addTo(map);
  }

  var getJson = tmfBasemap.getJson;

  function numberText(value) {
    return value === undefined ? '–' : value.toLocaleString(texts.locale, { maximumFractionDigits: 2 });
  }

  /** A popup: the feature name, the given lines, and a link to its page (the facility page unless given). */
  function popupBox(properties, lines, href) {
    var box = document.createElement('div');
    box.className = 'tmf-popup';
    var title = document.createElement('strong');
    title.textContent = properties.name;
    box.appendChild(title);
    lines.forEach(function (line) {
      var row = document.createElement('div');
      row.className = line.className || '';
      row.textContent = line.text;
      box.appendChild(row);
    });
    var link = document.createElement('a');
    link.href = href || container.dataset.facilityUrl + properties.id;
    link.textContent = texts.open;
    box.appendChild(link);
    return box;
  }

  function popup(properties) {
    var lines = [{ className: 'tmf-popup-code', text: properties.code + ' · ' + texts.statuses[properties.status] }];
    [['thi', 'hazardClass'], ['tri', 'riskClass']].forEach(function (pair) {
      lines.push({ text: texts[pair[0]] + ': ' + numberText(properties[pair[0]]) + ' (' + classLabel(properties[pair[1]]) + ')' });
    });
    if (properties.transboundary) {
      lines.push({ className: 'tmf-popup-verdict', text: texts.verdicts[properties.transboundary] });
    }
    return popupBox(properties, lines);
  }

  function legend() {
    var control = L.control({ position: 'bottomright' });
    control.onAdd = function () {
      var box = L.DomUtil.create('div', 'tmf-legend');
      var title = document.createElement('strong');
      title.textContent = texts.legendTitle;
      box.appendChild(title);
      texts.classes.map(function (c) {
        return c.code;
      }).concat([null]).forEach(function (code) {
        var row = document.createElement('div');
        row.setAttribute('data-class', code || 'NONE');
        var swatch = document.createElement('span');
        swatch.className = 'tmf-swatch';
        swatch.style.background = classColour(code);
        row.appendChild(swatch);
        row.appendChild(document.createTextNode(classLabel(code)));
        box.appendChild(row);
      });
      ['POTENTIAL_EFFECT', 'UNDETERMINED'].forEach(function (verdict) {
        var row = document.createElement('div');
        row.setAttribute('data-verdict', verdict);
        var swatch = document.createElement('span');
        swatch.className = 'tmf-swatch';
        swatch.classList.add('tmf-verdict-' + verdict.toLowerCase());
        row.appendChild(swatch);
        row.appendChild(document.createTextNode(texts.verdicts[verdict]));
        box.appendChild(row);
      });
      return box;
    };
    control.addTo(map);
  }

  var basemap = tmfBasemap.add(map, container.dataset.countriesUrl, container.dataset.physicalUrl,
    { color: '#5b9bd5', weight: 1 });
  var markers = [];
  var facilities = getJson(container.dataset.facilitiesUrl).then(function (collection) {
    collection.features.forEach(function (feature) {
      var coordinates = feature.geometry.coordinates;
      var verdict = feature.properties.transboundary;
      var marker = L.circleMarker([coordinates[1], coordinates[0]], {
        radius: 6, fillOpacity: 0.9, fillColor: classColour(feature.properties.hazardClass),
        weight: verdict === 'POTENTIAL_EFFECT' || verdict === 'UNDETERMINED' ? 2 : 1,
        color: verdict === 'POTENTIAL_EFFECT' ? '#1a1a1a' : verdict === 'UNDETERMINED' ? '#6c757d' : '#ffffff',
        dashArray: verdict === 'UNDETERMINED' ? '2 2' : null
      });
      marker.bindPopup(function () {
        return popup(feature.properties);
      });
      marker.feature = feature;
      marker.addTo(map);
      markers.push(marker);
    });
    return collection.features.length;
  });

  function pathPopup(properties) {
    var lines = [{
      text: properties.crossesBorder
        ? texts.crossesInto.replace('{0}', properties.firstForeignCountryName)
          .replace('{1}', numberText(properties.alongRiverKmToBorder))
        : texts.staysInCountry
    }];
    if (properties.route !== undefined) {
      lines.push({ className: 'tmf-popup-route', text: texts.routes[properties.route]
        .replace('{0}', numberText(properties.routeKm)) });
    }
    if (properties.travelHoursShortest !== undefined) {
      lines.push({ className: 'tmf-popup-travel', text: texts.travelTime
        .replace('{0}', Math.round(properties.travelHoursShortest).toLocaleString(texts.locale))
        .replace('{1}', Math.round(properties.travelHoursLongest).toLocaleString(texts.locale)) });
    }
    return popupBox(properties, lines);
  }

  var pathLayer = L.layerGroup().addTo(map);
  var paths = getJson(container.dataset.pathsUrl).then(function (collection) {
    var focusStart = null;
    var focusEnd = null;
    collection.features.forEach(function (feature) {
      var layer;
      if (feature.properties.kind === 'crossing') {
        var c = feature.geometry.coordinates;
        layer = L.circleMarker([c[1], c[0]], { radius: 5, weight: 2, color: '#1a1a1a', fillColor: '#ffd54f', fillOpacity: 1 });
      }
      else {
        layer = L.geoJSON(feature, {
          style: {
            color: feature.properties.crossesBorder ? '#c62828' : '#1565c0', weight: 2.5, opacity: 0.85,
            dashArray: feature.properties.potentialEffect ? null : '6 4'
          }
        });
      }
      layer.bindPopup(function () {
        return pathPopup(feature.properties);
      });
      layer.feature = feature;
      pathLayer.addLayer(layer);
      if (String(feature.properties.id) === container.dataset.focus) {
        var points = feature.geometry.type === 'Point' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
        if (feature.geometry.type === 'Point') {
          focusEnd = points[0];
        }
        else {
          focusStart = points[0];
          focusEnd = focusEnd || points[points.length - 1];
        }
      }
    });
    if (focusStart) {
      map.fitBounds(L.latLngBounds([[focusStart[1], focusStart[0]], [focusEnd[1], focusEnd[0]]]),
        { padding: [40, 40], maxZoom: 9 });
    }
    return collection.features.length;
  });
  var accidentLayer = L.layerGroup();
  if (container.dataset.showAccidents === 'true') {
    accidentLayer.addTo(map);
  }
  var accidents = getJson(container.dataset.accidentsUrl).then(function (collection) {
    collection.features.forEach(function (feature) {
      var p = feature.properties;
      var coordinates = feature.geometry.coordinates;
      var marker = L.circleMarker([coordinates[1], coordinates[0]], {
        radius: 7, weight: 2, color: '#1a1a1a', fillColor: severityColours[p.severity] || '#9e9e9e', fillOpacity: 0.9
      });
      marker.bindPopup(function () {
        var lines = [{ className: 'tmf-popup-code', text: p.year + ' · ' + p.severityLabel }, { text: p.causeLabel }];
        if (p.deaths !== null && p.deaths !== undefined) {
          lines.push({ text: texts.deaths + ': ' + numberText(p.deaths) });
        }
        return popupBox(p, lines, container.dataset.accidentUrl + feature.id);
      });
      marker.feature = feature;
      accidentLayer.addLayer(marker);
    });
    return collection.features.length;
  });
  var overlays = {};
  overlays[texts.downstreamPaths] = pathLayer;
  overlays[texts.accidents] = accidentLayer;
  L.control.layers(null, overlays, { collapsed: false, position: 'topright' }).addTo(map);

  legend();
  window.tmfMap = { map: map, markers: markers, paths: pathLayer, accidents: accidentLayer };
  Promise.all([basemap, facilities, paths, accidents]).then(function (results) {
    container.dataset.featureCount = String(results[1]);
    container.dataset.pathFeatureCount = String(results[2]);
    container.dataset.accidentFeatureCount = String(results[3]);
    container.dataset.ready = 'true';
  }).catch(function () {
    container.dataset.error = 'true';
  });
}());
