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
public record ProeftuinView(String id, String name, String gemeente,
                            @Schema(description = "CBS gemeente code; null when no source gives it", nullable = true)
                            String gemeenteCode,
                            @Schema(description = "Wijk or village as the source names it; null when unknown",
                                    nullable = true) String wijk,
                            int ronde, int selectieJaar,
                            @Schema(description = "Heat strategy as the source states it; null when unknown",
                                    nullable = true) String warmtestrategie,
                            List<String> buurtCodes,
                            @Schema(description = "Derived from the buurt codes") List<String> wijkCodes,
                            List<ExperimentCondition> experimentConditions, String bronUrl,
                            @Schema(description = "What the sources leave open or contradict; null when nothing",
                                    nullable = true) String opmerking,
                            long version) {

    public static ProeftuinView of(Proeftuin p) {
        return new ProeftuinView(p.id, p.name(), p.gemeenteNaam, p.gemeenteCode, p.wijkNaam, p.ronde, p.selectieJaar,
                p.warmtestrategie, List.copyOf(p.sortedBuurtCodes()), p.wijkCodes(),
                p.experimentConditions.stream().sorted().toList(), p.bronUrl, p.opmerking, p.version);
    }
}
