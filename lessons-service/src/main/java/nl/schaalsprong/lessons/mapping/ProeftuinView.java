package nl.schaalsprong.lessons.mapping;

import nl.schaalsprong.lessons.domain.ExperimentCondition;
import nl.schaalsprong.lessons.domain.Proeftuin;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "Proeftuin", description = "A PAW pilot; null means the sources do not say (yet)", example = """
        {"id":"groningen-paddepoel-en-selwerd","name":"Groningen, Paddepoel en Selwerd","gemeente":"Groningen",
         "gemeenteCode":"GM0014","wijk":"Paddepoel en Selwerd","ronde":1,"selectieJaar":2018,
         "warmtestrategie":"Buurtwarmtenet","buurtCodes":["BU00140000"],"wijkCodes":["WK001400"],
         "experimentConditions":["EXTRA_FINANCIERING"],
         "bronUrl":"https://www.hieropgewekt.nl/nieuws/lokale-energie-initiatieven-doen-mee-aan-proeftuinen-aardgasvrije-wijk",
         "opmerking":null,"version":2}""")
public record ProeftuinView(String id, String name, String gemeente, String gemeenteCode,
                            @Schema(description = "Wijk or village as the source names it") String wijk,
                            int ronde, int selectieJaar,
                            @Schema(description = "Heat strategy as the source states it") String warmtestrategie,
                            List<String> buurtCodes,
                            @Schema(description = "Derived from the buurt codes") List<String> wijkCodes,
                            List<ExperimentCondition> experimentConditions, String bronUrl, String opmerking,
                            long version) {

    public static ProeftuinView of(Proeftuin p) {
        return new ProeftuinView(p.id, p.name(), p.gemeenteNaam, p.gemeenteCode, p.wijkNaam, p.ronde, p.selectieJaar,
                p.warmtestrategie, List.copyOf(p.sortedBuurtCodes()), p.wijkCodes(),
                p.experimentConditions.stream().sorted().toList(), p.bronUrl, p.opmerking, p.version);
    }
}
