package org.tmfsafety.server.system;

import java.util.Map;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.deser.jackson.BaseNodeDeserializer;
import tools.jackson.databind.deser.jackson.JsonNodeDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;

import org.springframework.stereotype.Component;

/**
 * Refuses a NUL character (U+0000) in the text of JSON that is read, in every string and in free-form JSON trees
 * (values and field names), with the path to it: PostgreSQL cannot store a NUL in text, so a request body with one
 * would otherwise fail deep inside with a database error. The API answers {@link NulCharacterException} with a 400
 * naming the field. Registered with the application's JSON mapper as a Jackson module.
 */
@Component
class JsonTextModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    JsonTextModule() {
        super("tmf-json-text");
        addDeserializer(String.class, new TextDeserializer());
        addDeserializer(JsonNode.class, new TreeDeserializer());
    }

    /** Thrown when a JSON text contains a NUL character; its path names the field. */
    static final class NulCharacterException extends MismatchedInputException {

        private static final long serialVersionUID = 1L;

        NulCharacterException(JsonParser parser) {
            super(parser, "Text must not contain the NUL character (U+0000)", String.class);
        }

    }

    /** Reads a string as Jackson does, and refuses it when it contains a NUL. */
    private static final class TextDeserializer extends StringDeserializer {

        private static final long serialVersionUID = 1L;

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String text = super.deserialize(parser, context);
            if (MalformedInputFilter.containsNul(text)) {
                throw new NulCharacterException(parser);
            }
            return text;
        }

    }

    /** Reads a JSON tree as Jackson does, and refuses it when one of its texts or field names contains a NUL. */
    private static final class TreeDeserializer extends JsonNodeDeserializer {

        private static final long serialVersionUID = 1L;

        TreeDeserializer() {
        }

        private TreeDeserializer(TreeDeserializer base, boolean mergeArrays, boolean mergeObjects) {
            super(base, mergeArrays, mergeObjects);
        }

        @Override
        protected BaseNodeDeserializer<?> _createWithMerge(boolean mergeArrays, boolean mergeObjects) {
            return new TreeDeserializer(this, mergeArrays, mergeObjects);
        }

        @Override
        public JsonNode deserialize(JsonParser parser, DeserializationContext context) {
            JsonNode tree = super.deserialize(parser, context);
            refuseNul(tree, parser);
            return tree;
        }

        /** Throws when a text or a field name in the tree contains a NUL, with the path to it. */
        private static void refuseNul(JsonNode node, JsonParser parser) {
            if (node.isString() && MalformedInputFilter.containsNul(node.asString())) {
                throw new NulCharacterException(parser);
            }
            if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    try {
                        refuseNul(node.get(i), parser);
                    }
                    catch (NulCharacterException e) {
                        e.prependPath(node, i);
                        throw e;
                    }
                }
            }
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                try {
                    if (MalformedInputFilter.containsNul(field.getKey())) {
                        throw new NulCharacterException(parser);
                    }
                    refuseNul(field.getValue(), parser);
                }
                catch (NulCharacterException e) {
                    e.prependPath(node, field.getKey());
                    throw e;
                }
            }
        }

    }

}
