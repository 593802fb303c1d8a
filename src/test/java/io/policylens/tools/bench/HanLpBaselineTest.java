package io.policylens.tools.bench;

import io.policylens.analyse.EntityType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HanLpBaselineTest {

    @Test
    void hanLpNameTagsMapToEntityTypes() {
        assertThat(HanLpBaseline.typeOf("nr")).isEqualTo(EntityType.PER);
        assertThat(HanLpBaseline.typeOf("nsf")).isEqualTo(EntityType.LOC);
        assertThat(HanLpBaseline.typeOf("ntc")).isEqualTo(EntityType.ORG);
        assertThat(HanLpBaseline.typeOf("n")).isNull();
    }
}
