package org.tmfsafety.server.facility;

import static org.tmfsafety.server.system.Texts.blankToNull;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.tmfsafety.methodology.facility.DamCondition;
import org.tmfsafety.methodology.facility.DamRaiseMethod;
import org.tmfsafety.methodology.facility.FacilityStatus;
import org.tmfsafety.methodology.facility.FacilityType;
import org.tmfsafety.methodology.facility.FloodHazard;
import org.tmfsafety.methodology.facility.ManagementStatus;
import org.tmfsafety.methodology.facility.SeismicHazard;
import org.tmfsafety.methodology.facility.TransboundarySetting;
import org.tmfsafety.methodology.facility.WaterHazardClass;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.validation.DataBinder;
import org.tmfsafety.geo.Axis;
import org.tmfsafety.server.system.CoordinateEditor;
import org.tmfsafety.server.system.LenientNumberEditor;
import org.tmfsafety.server.system.YesNoEditor;

/**
 * What a user submits to create or change a facility, through the form or the JSON API. Constraints
 * that need no database are declared here; {@link FacilityValidator} checks the rest. The read-only
 * fields of {@link Facility} are accepted and ignored so that a fetched facility can be sent back as
 * it is; any other unknown field is refused.
 */
@JsonIgnoreProperties(value = { "id", "operator", "authority", "createdAt", "updatedAt", "thi", "hazardClass", "tri",
        "riskClass", "ratingProfileId", "ratingProfileVersion", "thiLow", "hazardClassLow", "thiCompleteness", "triLow",
        "riskClassLow", "triCompleteness", "transboundary", "archivedAt", "archivedBy" },
        allowGetters = false)
public class FacilityInput {


    /** Stable public code such as KZ-0001; generated from the country when left empty. */
    @Size(max = 32, message = "{validation.tooLong}")
    @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,31}", message = "{facility.code.pattern}")
    private String code;

    /** Name in English or the international form. */
    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.tooLong}")
    private String name;

    /** Name in Russian. */
    @Size(max = 200, message = "{validation.tooLong}")
    private String nameRu;

    /** Name in Kazakh. */
    @Size(max = 200, message = "{validation.tooLong}")
    private String nameKk;

    /** Mine, plant or site the facility belongs to. */
    @Size(max = 200, message = "{validation.tooLong}")
    private String siteName;

    /** Id of the operating organisation. */
    private Long operatorId;

    /** Id of the responsible authority. */
    private Long authorityId;

    /** ISO 3166-1 alpha-3 country code. */
    @NotBlank(message = "{validation.required}")
    private String country;

    /** Region or oblast. */
    @Size(max = 200, message = "{validation.tooLong}")
    private String region;

    /** WGS84 latitude in decimal degrees. */
    @NotNull(message = "{validation.required}")
    @DecimalMin(value = "-90", message = "{validation.min}")
    @DecimalMax(value = "90", message = "{validation.max}")
    private Double latitude;

    /** WGS84 longitude in decimal degrees. */
    @NotNull(message = "{validation.required}")
    @DecimalMin(value = "-180", message = "{validation.min}")
    @DecimalMax(value = "180", message = "{validation.max}")
    private Double longitude;

    /** Whether the coordinates locate the site only approximately. */
    private boolean locationApproximate;

    /** Operational state. */
    @NotNull(message = "{validation.required}")
    private FacilityStatus status;

    /** Impoundment layout. */
    private FacilityType facilityType;

    /** Dam raise method; UNKNOWN when empty. */
    private DamRaiseMethod damRaiseMethod;

    /** Maximum dam height in metres. */
    @DecimalMin(value = "0", message = "{validation.min}")
    @DecimalMax(value = "400", message = "{validation.max}")
    private Double damHeightM;

    /** Crest length in metres. */
    @DecimalMin(value = "0", message = "{validation.min}")
    @DecimalMax(value = "100000", message = "{validation.max}")
    private Double crestLengthM;

    /** Impoundment area in hectares. */
    @DecimalMin(value = "0", message = "{validation.min}")
    @DecimalMax(value = "1000000", message = "{validation.max}")
    private Double impoundmentAreaHa;

    /** Stored tailings volume in cubic metres. */
    @DecimalMin(value = "0", message = "{validation.min}")
    @DecimalMax(value = "1E11", message = "{validation.max}")
    private Double storedVolumeM3;

    /** Design capacity in cubic metres. */
    @DecimalMin(value = "0", message = "{validation.min}")
    @DecimalMax(value = "1E11", message = "{validation.max}")
    private Double designCapacityM3;

    /** Dry tailings stored, in tonnes. */
    @DecimalMin(value = "0", message = "{validation.min}")
    @DecimalMax(value = "1E12", message = "{validation.max}")
    private Double storedTonnageT;

    /** Design or authorised tailings tonnage. */
    @DecimalMin(value = "0", message = "{validation.min}")
    @DecimalMax(value = "1E12", message = "{validation.max}")
    private Double designTonnageT;

    /** Ore processed per year by the concentrator that feeds the facility, in tonnes. */
    @DecimalMin(value = "0", message = "{validation.min}")
    @DecimalMax(value = "1E10", message = "{validation.max}")
    private Double annualOreThroughputT;

    /** Years of operation at that throughput. */
    @Min(value = 1, message = "{validation.min}")
    @Max(value = 200, message = "{validation.max}")
    private Integer throughputYears;

    /** Whether the volumes are estimates. */
    private boolean volumeApproximate;

    /** Commodity or ore processed. */
    @Size(max = 200, message = "{validation.tooLong}")
    private String commodity;

    /** Main hazardous substances in the tailings. */
    @Size(max = 1000, message = "{validation.tooLong}")
    private String hazardousSubstances;

    /** Water hazard class of the tailings; UNKNOWN when empty. */
    private WaterHazardClass waterHazardClass;

    /** Year the facility was commissioned. */
    @Min(value = 1800, message = "{validation.min}")
    @Max(value = 2200, message = "{validation.max}")
    private Integer yearCommissioned;

    /** Year the facility was closed. */
    @Min(value = 1800, message = "{validation.min}")
    @Max(value = 2200, message = "{validation.max}")
    private Integer yearClosed;

    /** Nearest river or stream, ideally with its downstream path. */
    @Size(max = 200, message = "{validation.tooLong}")
    private String nearestWatercourse;

    /** Sources of the record, one per line. */
    @Size(max = 4000, message = "{validation.tooLong}")
    private String dataSources;

    /** Free notes. */
    @Size(max = 4000, message = "{validation.tooLong}")
    private String notes;

    /** Who looks after the facility (THI management term); unknown when empty. */
    private ManagementStatus managementStatus;

    /** Flood setting (THI); unknown when empty. */
    private FloodHazard floodHazard;

    /** Seismic hazard zone (THI); unknown when empty. */
    private SeismicHazard seismicHazard;

    /** Dam condition as last inspected (THI); unknown when empty. */
    private DamCondition damCondition;

    /** People in the area a failure could affect (TRI). */
    @Min(value = 0, message = "{validation.min}")
    @Max(value = 100000000, message = "{validation.max}")
    private Integer populationAtRisk;

    /** Whether drinking water is taken downstream (TRI); unknown when empty. */
    private Boolean drinkingWaterAbstraction;

    /** Whether a protected area lies downstream (TRI); unknown when empty. */
    private Boolean protectedAreaDownstream;

    /** Setting towards a state border (TRI); unknown when empty. */
    private TransboundarySetting transboundarySetting;

    /** Distance to the nearest surface water in km (TRI). */
    @DecimalMin(value = "0", message = "{validation.min}")
    @DecimalMax(value = "10000", message = "{validation.max}")
    private Double distanceToSurfaceWaterKm;

    /** Whether the public may see the facility; on update, no value keeps the current setting. */
    private Boolean published;

    /** Version read before editing; required for updates (optimistic locking). */
    private Integer version;

    /** Returns an input pre-filled with the values of an existing facility, for editing. */
    /**
     * Sets up a binder for facility input as people type it (forms, imported files): trimmed text with blanks as
     * no value, numbers with digit groups and decimal commas, coordinates in decimal degrees or degrees, minutes and
     * seconds, an empty yes/no value as "no"; the identity and timestamps are never bound.
     */
    public static void configure(DataBinder binder) {
        binder.setDisallowedFields("id", "createdAt", "updatedAt", "archivedAt", "archivedBy");
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
        binder.registerCustomEditor(Double.class, new LenientNumberEditor(false));
        binder.registerCustomEditor(Integer.class, new LenientNumberEditor(true));
        binder.registerCustomEditor(boolean.class, new YesNoEditor());
        binder.registerCustomEditor(Double.class, "latitude", new CoordinateEditor(Axis.LATITUDE));
        binder.registerCustomEditor(Double.class, "longitude", new CoordinateEditor(Axis.LONGITUDE));
    }

    public static FacilityInput of(Facility facility) {
        FacilityInput input = new FacilityInput();
        input.code = facility.code();
        input.name = facility.name();
        input.nameRu = facility.nameRu();
        input.nameKk = facility.nameKk();
        input.siteName = facility.siteName();
        input.operatorId = facility.operator() == null ? null : facility.operator().id();
        input.authorityId = facility.authority() == null ? null : facility.authority().id();
        input.country = facility.country();
        input.region = facility.region();
        input.latitude = facility.latitude();
        input.longitude = facility.longitude();
        input.locationApproximate = facility.locationApproximate();
        input.status = facility.status();
        input.facilityType = facility.facilityType();
        input.damRaiseMethod = facility.damRaiseMethod();
        input.damHeightM = facility.damHeightM();
        input.crestLengthM = facility.crestLengthM();
        input.impoundmentAreaHa = facility.impoundmentAreaHa();
        input.storedVolumeM3 = facility.storedVolumeM3();
        input.designCapacityM3 = facility.designCapacityM3();
        input.storedTonnageT = facility.storedTonnageT();
        input.designTonnageT = facility.designTonnageT();
        input.annualOreThroughputT = facility.annualOreThroughputT();
        input.throughputYears = facility.throughputYears();
        input.volumeApproximate = facility.volumeApproximate();
        input.commodity = facility.commodity();
        input.hazardousSubstances = facility.hazardousSubstances();
        input.waterHazardClass = facility.waterHazardClass();
        input.yearCommissioned = facility.yearCommissioned();
        input.yearClosed = facility.yearClosed();
        input.nearestWatercourse = facility.nearestWatercourse();
        input.dataSources = facility.dataSources();
        input.notes = facility.notes();
        input.published = facility.published();
        RiskInputs risk = facility.riskInputs();
        input.managementStatus = risk.managementStatus();
        input.floodHazard = risk.floodHazard();
        input.seismicHazard = risk.seismicHazard();
        input.damCondition = risk.damCondition();
        input.populationAtRisk = risk.populationAtRisk();
        input.drinkingWaterAbstraction = risk.drinkingWaterAbstraction();
        input.protectedAreaDownstream = risk.protectedAreaDownstream();
        input.transboundarySetting = risk.transboundarySetting();
        input.distanceToSurfaceWaterKm = risk.distanceToSurfaceWaterKm();
        input.version = facility.version();
        return input;
    }

    /**
     * Trims text, turns empty text into "no value", upper-cases codes and fills the defaults of
     * optional classifications. Called before validation.
     */
    public FacilityInput normalize() {
        code = upper(blankToNull(code));
        name = blankToNull(name);
        nameRu = blankToNull(nameRu);
        nameKk = blankToNull(nameKk);
        siteName = blankToNull(siteName);
        country = upper(blankToNull(country));
        region = blankToNull(region);
        commodity = blankToNull(commodity);
        hazardousSubstances = blankToNull(hazardousSubstances);
        nearestWatercourse = blankToNull(nearestWatercourse);
        dataSources = blankToNull(dataSources);
        notes = blankToNull(notes);
        if (damRaiseMethod == null) {
            damRaiseMethod = DamRaiseMethod.UNKNOWN;
        }
        if (waterHazardClass == null) {
            waterHazardClass = WaterHazardClass.UNKNOWN;
        }
        return this;
    }

    private static String upper(String value) {
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }


    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getNameRu() {
        return nameRu;
    }

    public void setNameRu(String nameRu) {
        this.nameRu = nameRu;
    }

    public String getNameKk() {
        return nameKk;
    }

    public void setNameKk(String nameKk) {
        this.nameKk = nameKk;
    }

    public String getSiteName() {
        return siteName;
    }

    public void setSiteName(String siteName) {
        this.siteName = siteName;
    }

    public Long getOperatorId() {
        return operatorId;
    }

    public void setOperatorId(Long operatorId) {
        this.operatorId = operatorId;
    }

    public Long getAuthorityId() {
        return authorityId;
    }

    public void setAuthorityId(Long authorityId) {
        this.authorityId = authorityId;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public Double getLatitude() {
        return latitude;
    }

    public void setLatitude(Double latitude) {
        this.latitude = latitude;
    }

    public Double getLongitude() {
        return longitude;
    }

    public void setLongitude(Double longitude) {
        this.longitude = longitude;
    }

    public boolean isLocationApproximate() {
        return locationApproximate;
    }

    public void setLocationApproximate(boolean locationApproximate) {
        this.locationApproximate = locationApproximate;
    }

    public FacilityStatus getStatus() {
        return status;
    }

    public void setStatus(FacilityStatus status) {
        this.status = status;
    }

    public FacilityType getFacilityType() {
        return facilityType;
    }

    public void setFacilityType(FacilityType facilityType) {
        this.facilityType = facilityType;
    }

    public DamRaiseMethod getDamRaiseMethod() {
        return damRaiseMethod;
    }

    public void setDamRaiseMethod(DamRaiseMethod damRaiseMethod) {
        this.damRaiseMethod = damRaiseMethod;
    }

    public Double getDamHeightM() {
        return damHeightM;
    }

    public void setDamHeightM(Double damHeightM) {
        this.damHeightM = damHeightM;
    }

    public Double getCrestLengthM() {
        return crestLengthM;
    }

    public void setCrestLengthM(Double crestLengthM) {
        this.crestLengthM = crestLengthM;
    }

    public Double getImpoundmentAreaHa() {
        return impoundmentAreaHa;
    }

    public void setImpoundmentAreaHa(Double impoundmentAreaHa) {
        this.impoundmentAreaHa = impoundmentAreaHa;
    }

    public Double getStoredVolumeM3() {
        return storedVolumeM3;
    }

    public void setStoredVolumeM3(Double storedVolumeM3) {
        this.storedVolumeM3 = storedVolumeM3;
    }

    public Double getDesignCapacityM3() {
        return designCapacityM3;
    }

    public void setDesignCapacityM3(Double designCapacityM3) {
        this.designCapacityM3 = designCapacityM3;
    }

    public Double getStoredTonnageT() {
        return storedTonnageT;
    }

    public void setStoredTonnageT(Double storedTonnageT) {
        this.storedTonnageT = storedTonnageT;
    }

    public Double getDesignTonnageT() {
        return designTonnageT;
    }

    public void setDesignTonnageT(Double designTonnageT) {
        this.designTonnageT = designTonnageT;
    }

    public Double getAnnualOreThroughputT() {
        return annualOreThroughputT;
    }

    public void setAnnualOreThroughputT(Double annualOreThroughputT) {
        this.annualOreThroughputT = annualOreThroughputT;
    }

    public Integer getThroughputYears() {
        return throughputYears;
    }

    public void setThroughputYears(Integer throughputYears) {
        this.throughputYears = throughputYears;
    }

    public boolean isVolumeApproximate() {
        return volumeApproximate;
    }

    public void setVolumeApproximate(boolean volumeApproximate) {
        this.volumeApproximate = volumeApproximate;
    }

    public String getCommodity() {
        return commodity;
    }

    public void setCommodity(String commodity) {
        this.commodity = commodity;
    }

    public String getHazardousSubstances() {
        return hazardousSubstances;
    }

    public void setHazardousSubstances(String hazardousSubstances) {
        this.hazardousSubstances = hazardousSubstances;
    }

    public WaterHazardClass getWaterHazardClass() {
        return waterHazardClass;
    }

    public void setWaterHazardClass(WaterHazardClass waterHazardClass) {
        this.waterHazardClass = waterHazardClass;
    }

    public Integer getYearCommissioned() {
        return yearCommissioned;
    }

    public void setYearCommissioned(Integer yearCommissioned) {
        this.yearCommissioned = yearCommissioned;
    }

    public Integer getYearClosed() {
        return yearClosed;
    }

    public void setYearClosed(Integer yearClosed) {
        this.yearClosed = yearClosed;
    }

    public String getNearestWatercourse() {
        return nearestWatercourse;
    }

    public void setNearestWatercourse(String nearestWatercourse) {
        this.nearestWatercourse = nearestWatercourse;
    }

    public String getDataSources() {
        return dataSources;
    }

    public void setDataSources(String dataSources) {
        this.dataSources = dataSources;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public ManagementStatus getManagementStatus() {
        return managementStatus;
    }

    public void setManagementStatus(ManagementStatus managementStatus) {
        this.managementStatus = managementStatus;
    }

    public FloodHazard getFloodHazard() {
        return floodHazard;
    }

    public void setFloodHazard(FloodHazard floodHazard) {
        this.floodHazard = floodHazard;
    }

    public SeismicHazard getSeismicHazard() {
        return seismicHazard;
    }

    public void setSeismicHazard(SeismicHazard seismicHazard) {
        this.seismicHazard = seismicHazard;
    }

    public DamCondition getDamCondition() {
        return damCondition;
    }

    public void setDamCondition(DamCondition damCondition) {
        this.damCondition = damCondition;
    }

    public Integer getPopulationAtRisk() {
        return populationAtRisk;
    }

    public void setPopulationAtRisk(Integer populationAtRisk) {
        this.populationAtRisk = populationAtRisk;
    }

    public Boolean getDrinkingWaterAbstraction() {
        return drinkingWaterAbstraction;
    }

    public void setDrinkingWaterAbstraction(Boolean drinkingWaterAbstraction) {
        this.drinkingWaterAbstraction = drinkingWaterAbstraction;
    }

    public Boolean getProtectedAreaDownstream() {
        return protectedAreaDownstream;
    }

    public void setProtectedAreaDownstream(Boolean protectedAreaDownstream) {
        this.protectedAreaDownstream = protectedAreaDownstream;
    }

    public TransboundarySetting getTransboundarySetting() {
        return transboundarySetting;
    }

    public void setTransboundarySetting(TransboundarySetting transboundarySetting) {
        this.transboundarySetting = transboundarySetting;
    }

    public Double getDistanceToSurfaceWaterKm() {
        return distanceToSurfaceWaterKm;
    }

    public void setDistanceToSurfaceWaterKm(Double distanceToSurfaceWaterKm) {
        this.distanceToSurfaceWaterKm = distanceToSurfaceWaterKm;
    }

    public Boolean getPublished() {
        return published;
    }

    public void setPublished(Boolean published) {
        this.published = published;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

}
