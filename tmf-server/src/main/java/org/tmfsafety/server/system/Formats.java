package org.tmfsafety.server.system;

import java.text.NumberFormat;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.tmfsafety.geo.Axis;
import org.tmfsafety.geo.Coordinates;

/** Formats values for pages in the user's language; used by templates as {@code @formats}. */
@Component("formats")
public class Formats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ZoneId zone;

    Formats(@Value("${tmf.time-zone:Asia/Almaty}") String zone) {
        this.zone = ZoneId.of(zone);
    }

    /** Returns the instant as date and time in the application's time zone ({@code tmf.time-zone}); "" for none. */
    public String dateTime(OffsetDateTime value) {
        return value == null ? "" : value.atZoneSameInstant(zone).format(DATE_TIME);
    }

    /** Returns the instant as date and time in the application's time zone, followed by the zone's id; "" for none. */
    public String dateTimeWithZone(OffsetDateTime value) {
        return value == null ? "" : dateTime(value) + " " + zone.getId();
    }

    /** The application's time zone, in which dates and times are entered and shown. */
    public ZoneId zone() {
        return zone;
    }

    /** Returns the number with the language's digit grouping and at most the given decimals; "" for none. */
    public String number(Number value, int maxFractionDigits) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(LocaleContextHolder.getLocale());
        format.setMaximumFractionDigits(maxFractionDigits);
        return format.format(value);
    }

    /** Returns a number given as text (such as a stored input) formatted for the language, or the text as it is. */
    public String numberText(String text) {
        if (text == null) {
            return "";
        }
        try {
            return number(Double.valueOf(text), 2);
        }
        catch (NumberFormatException e) {
            return text;
        }
    }

    /** Returns whether the text is an http(s) address that a page may link to. */
    public boolean isWebLink(String text) {
        return text != null && (text.startsWith("https://") || text.startsWith("http://")) && !text.contains(" ");
    }

    /** Returns a latitude as degrees, minutes and seconds. */
    public String latitude(double value) {
        return Coordinates.toDms(value, Axis.LATITUDE);
    }

    /** Returns a longitude as degrees, minutes and seconds. */
    public String longitude(double value) {
        return Coordinates.toDms(value, Axis.LONGITUDE);
    }

}
