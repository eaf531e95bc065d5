package org.corporateparenting.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.corporateparenting.domain.code.Code;
import org.corporateparenting.domain.code.CodeList;
import org.corporateparenting.domain.code.CollectionYear;
import org.corporateparenting.domain.code.Ssda903Codes;
import org.corporateparenting.domain.shared.RecordNotFound;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The SSDA903 code lists, as valid in a collection year (for forms and imports). */
@Path("/code-lists")
@RequestScoped
@Tag(name = "code lists")
@Produces(MediaType.APPLICATION_JSON)
public class CodeListResource {

    @GET
    @Operation(summary = "The code lists held: their SSDA903 field and title")
    public List<ListName> lists() {
        return Ssda903Codes.ALL.stream().map(l -> new ListName(l.field(), l.title())).toList();
    }

    @GET
    @Path("/{field}")
    @Operation(summary = "The codes of one list valid in a collection year (its first year, e.g. 2023 for 2023-24)")
    public List<Code> codes(@PathParam("field") String field, @QueryParam("year") Integer year) {
        CodeList list = Ssda903Codes.ALL.stream().filter(l -> l.field().equalsIgnoreCase(field)).findFirst()
                .orElseThrow(() -> new RecordNotFound("There is no code list " + field + "."));
        CollectionYear collectionYear = year == null ? CollectionYear.containing(LocalDate.now()) : new CollectionYear(year);
        return list.codesIn(collectionYear);
    }

    /** A code list's field and title. */
    public record ListName(String field, String title) {
    }
}
