package org.corporateparenting.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.corporateparenting.application.indicator.DatasetService;
import org.corporateparenting.application.indicator.DatasetView;
import org.corporateparenting.application.indicator.DrillDownService;
import org.corporateparenting.application.indicator.IndicatorHistory;
import org.corporateparenting.application.indicator.IndicatorSettings;
import org.corporateparenting.application.indicator.IndicatorSettingsService;
import org.corporateparenting.application.indicator.PublishOutcome;
import org.corporateparenting.domain.indicator.Catalogue;
import org.corporateparenting.domain.indicator.Definition;
import org.corporateparenting.domain.shared.RecordNotFound;
import org.corporateparenting.domain.shared.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The Corporate Parenting dataset: the catalogue, published months (the board reads these; councillors get
 * small numbers suppressed), an indicator's history, the drill-down to the counted children (practitioners
 * only), publishing and backfilling months, targets, benchmarks, population and commentary.
 */
@Path("/indicators")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dataset")
public class IndicatorResource {

    @EJB
    DatasetService dataset;

    @EJB
    DrillDownService drillDown;

    @EJB
    IndicatorSettingsService settings;

    /** The catalogue's definitions and the indicators not computed, with the reason. */
    public record CatalogueView(List<Definition> indicators, Map<String, String> notImplemented) {
    }

    /** Commentary as entered: the area (PROFILE, HEALTH, ...) and the text. */
    public record CommentaryInput(String area, String body) {
    }

    /** A comment on one indicator as entered: the text. */
    public record CommentInput(String body) {
    }

    @GET
    @RolesAllowed({Role.COUNCILLOR, Role.PRACTITIONER})
    @Operation(summary = "Every indicator's definition, and the catalogue indicators not computed, with why")
    public CatalogueView catalogue() {
        return new CatalogueView(dataset.definitions(), Catalogue.NOT_IMPLEMENTED);
    }

    @GET
    @Path("/months")
    @RolesAllowed({Role.COUNCILLOR, Role.PRACTITIONER})
    @Operation(summary = "The published months, latest first")
    public List<String> months() {
        return dataset.publishedMonths();
    }

    @GET
    @Path("/months/{month}")
    @RolesAllowed({Role.COUNCILLOR, Role.PRACTITIONER})
    @Operation(summary = "A published month (latest revision unless one is given): figures, targets, status, direction, benchmarks, commentary")
    public DatasetView month(@PathParam("month") String month, @QueryParam("revision") Integer revision) {
        return dataset.dataset(month, revision);
    }

    @GET
    @Path("/months/{month}/revisions")
    @RolesAllowed({Role.COUNCILLOR, Role.PRACTITIONER})
    @Operation(summary = "Every revision of a month and what changed in each")
    public List<PublishOutcome> revisions(@PathParam("month") String month) {
        return dataset.revisions(month);
    }

    @POST
    @Path("/months/{month}/publish")
    @RolesAllowed({Role.PERFORMANCE_ANALYST, Role.ADMINISTRATOR})
    @Operation(summary = "Compute the month from the records and publish it (a new revision only if a figure changed)")
    public PublishOutcome publish(@PathParam("month") String month) {
        return dataset.publish(month);
    }

    @POST
    @Path("/backfill")
    @RolesAllowed({Role.PERFORMANCE_ANALYST, Role.ADMINISTRATOR})
    @Operation(summary = "Publish or re-run the last complete months (24 by default) in one pass")
    public List<PublishOutcome> backfill(@QueryParam("months") @DefaultValue("24") int months) {
        return dataset.backfill(months);
    }

    @GET
    @Path("/{code}/history")
    @RolesAllowed({Role.COUNCILLOR, Role.PRACTITIONER})
    @Operation(summary = "An indicator's published figures for the months up to a month (24 by default), with targets and benchmarks")
    public IndicatorHistory history(@PathParam("code") String code, @QueryParam("to") String to,
            @QueryParam("months") @DefaultValue("24") int months) {
        String last = to != null ? to : dataset.publishedMonths().stream().findFirst()
                .orElseThrow(() -> new RecordNotFound("No month has been published yet."));
        return dataset.history(code, last, months);
    }

    @GET
    @Path("/months/{month}/{code}/children")
    @RolesAllowed(Role.PRACTITIONER)
    @Operation(summary = "Who the indicator counts in the month, from the records as they stand now, beside the published figure")
    public DrillDownService.DrillDown children(@PathParam("month") String month, @PathParam("code") String code) {
        return drillDown.drill(month, code);
    }

    @PUT
    @Path("/{code}/targets/{year}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Role.PERFORMANCE_ANALYST, Role.ADMINISTRATOR})
    @Operation(summary = "Set the target (and optionally the red threshold) of an indicator for a financial year (2023 for 2023-24)")
    public Response target(@PathParam("code") String code, @PathParam("year") int year, @FormParam("target") String target,
            @FormParam("redThreshold") String redThreshold) {
        settings.setTarget(code, year, target, redThreshold);
        return Response.noContent().build();
    }

    @POST
    @Path("/benchmarks")
    @Consumes("text/csv")
    @RolesAllowed({Role.PERFORMANCE_ANALYST, Role.ADMINISTRATOR})
    @Operation(summary = "Import benchmarks from CSV (code,kind,vintage,value,source); all or nothing, every bad row named")
    public Map<String, Integer> benchmarks(String csv) {
        return Map.of("imported", settings.importBenchmarks(csv));
    }

    @POST
    @Path("/{code}/benchmarks")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Role.PERFORMANCE_ANALYST, Role.ADMINISTRATOR})
    @Operation(summary = "Enter one benchmark of an indicator (kind ENGLAND, STATISTICAL_NEIGHBOURS, ...; vintage such as 2023/24), "
            + "replacing the value held for that kind and year")
    public Response benchmark(@PathParam("code") String code, @FormParam("kind") String kind, @FormParam("vintage") String vintage,
            @FormParam("value") String value, @FormParam("source") String source) {
        settings.setBenchmark(code, kind, vintage, value, source);
        return Response.noContent().build();
    }

    @GET
    @Path("/{code}/settings")
    @RolesAllowed({Role.PERFORMANCE_ANALYST, Role.ADMINISTRATOR})
    @Operation(summary = "The targets and benchmarks set for an indicator")
    public IndicatorSettings settings(@PathParam("code") String code) {
        return settings.settingsOf(code);
    }

    @GET
    @Path("/population")
    @RolesAllowed({Role.PERFORMANCE_ANALYST, Role.ADMINISTRATOR})
    @Operation(summary = "The ONS mid-year estimates held, newest first")
    public List<IndicatorSettings.PopulationHeld> populations() {
        return settings.populations();
    }

    @PUT
    @Path("/population/{year}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Role.PERFORMANCE_ANALYST, Role.ADMINISTRATOR})
    @Operation(summary = "Set the ONS mid-year estimate of the population aged 0 to 17 for a year")
    public Response population(@PathParam("year") int year, @FormParam("under18") int under18) {
        settings.setPopulation(year, under18);
        return Response.noContent().build();
    }

    @POST
    @Path("/months/{month}/commentary")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.PRACTITIONER)
    @Operation(summary = "Add commentary on an area of a month; the latest per area is shown with the month")
    public Response comment(@PathParam("month") String month, CommentaryInput input) {
        settings.comment(month, input == null ? null : input.area(), input == null ? null : input.body());
        return Response.noContent().build();
    }

    @POST
    @Path("/months/{month}/{code}/comment")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.PRACTITIONER)
    @Operation(summary = "Add a comment on one indicator for a month; the latest is shown beside the figure, earlier ones are kept")
    public Response commentOnIndicator(@PathParam("month") String month, @PathParam("code") String code, CommentInput input) {
        settings.commentOnIndicator(month, code, input == null ? null : input.body());
        return Response.noContent().build();
    }
}
