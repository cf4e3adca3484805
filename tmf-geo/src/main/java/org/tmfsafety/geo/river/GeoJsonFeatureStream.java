package org.tmfsafety.geo.river;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;

import org.json.simple.JSONArray;
import org.json.simple.JSONObject;
import org.json.simple.parser.ContentHandler;
import org.json.simple.parser.JSONParser;
import org.json.simple.parser.ParseException;

/**
 * Reads the features of a GeoJSON FeatureCollection one at a time, without holding the document in memory:
 * only the feature being read is built as a tree, then handed on and dropped. Anything outside the
 * {@code features} array of the top-level object (bbox, crs, name) is skipped.
 */
final class GeoJsonFeatureStream {

    private GeoJsonFeatureStream() {
    }

    /**
     * Calls the action with each feature object in document order.
     *
     * @throws RiverNetworkException when the text is not JSON or not a FeatureCollection
     */
    static void read(Reader reader, Consumer<JSONObject> action) throws IOException {
        Handler handler = new Handler(action);
        try {
            new JSONParser().parse(reader, handler);
        }
        catch (ParseException ex) {
            throw new RiverNetworkException(RiverNetworkException.Problem.NOT_JSON, RiverNetworkException.Where.FEATURE,
                    handler.features + 1L, null, "character " + ex.getPosition(), ex);
        }
        if (!handler.sawFeatures) {
            throw new RiverNetworkException(RiverNetworkException.Problem.NOT_FEATURE_COLLECTION,
                    RiverNetworkException.Where.FILE, 0, "features", null);
        }
    }

    /** Builds a tree only below depth 2 of "features"; counts depth elsewhere. */
    private static final class Handler implements ContentHandler {

        private final Consumer<JSONObject> action;

        private final Deque<Object> building = new ArrayDeque<>();

        private final Deque<String> keys = new ArrayDeque<>();

        private int depth;

        private String topLevelKey;

        private boolean inFeatures;

        boolean sawFeatures;

        int features;

        Handler(Consumer<JSONObject> action) {
            this.action = action;
        }

        @Override
        public void startJSON() {
        }

        @Override
        public void endJSON() {
        }

        @Override
        public boolean startObject() {
            depth++;
            if (inFeatures && depth >= 3) {
                building.push(new JSONObject());
            }
            return true;
        }

        @Override
        @SuppressWarnings("unchecked")
        public boolean endObject() {
            if (inFeatures && depth >= 3) {
                JSONObject done = (JSONObject) building.pop();
                if (building.isEmpty()) {
                    features++;
                    action.accept(done);
                }
                else {
                    attach(done);
                }
            }
            depth--;
            return true;
        }

        @Override
        public boolean startObjectEntry(String key) {
            if (depth == 1) {
                topLevelKey = key;
            }
            else if (inFeatures && depth >= 3) {
                keys.push(key);
            }
            return true;
        }

        @Override
        public boolean endObjectEntry() {
            if (inFeatures && depth >= 3) {
                keys.pop();
            }
            return true;
        }

        @Override
        public boolean startArray() {
            depth++;
            if (depth == 2 && "features".equals(topLevelKey)) {
                inFeatures = true;
                sawFeatures = true;
            }
            else if (inFeatures && depth >= 3) {
                building.push(new JSONArray());
            }
            return true;
        }

        @Override
        public boolean endArray() {
            if (depth == 2 && inFeatures) {
                inFeatures = false;
            }
            else if (inFeatures && depth >= 3) {
                attach(building.pop());
            }
            depth--;
            return true;
        }

        @Override
        public boolean primitive(Object value) {
            if (inFeatures && depth >= 3) {
                attach(value);
            }
            else if (inFeatures && depth == 2) {
                throw new RiverNetworkException(RiverNetworkException.Problem.NOT_AN_OBJECT,
                        RiverNetworkException.Where.FEATURE, features + 1L, null, null);
            }
            return true;
        }

        @SuppressWarnings("unchecked")
        private void attach(Object value) {
            Object parent = building.peek();
            if (parent instanceof JSONObject object) {
                object.put(keys.peek(), value);
            }
            else {
                ((JSONArray) parent).add(value);
            }
        }
    }
}
