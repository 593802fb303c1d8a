package io.policylens.analyse;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DescriptiveBodiesTest {

    private final DescriptiveBodies bodies = new DescriptiveBodies(new PlaceResolver());

    @Test
    void aPlaceWhatTheBodyWorksOnAndItsSuffixWordAreOneName() {
        String text = "市科技局委托浙江省科技评估和成果转化中心组织评审，宁波先进材料与智能制造研究院参与。";
        var words = Words.of(text, "市/n", "科技局/nis", "委托/vn", "浙江省/ns", "科技/n", "评估/vn", "和/cc", "成果/n",
            "转化/v", "中心/nis", "组织/n", "评审/vn", "，/w", "宁波/ns", "先进/a", "材料/n", "与/cc", "智能/n", "制造/vn",
            "研究院/nis", "参与/v", "。/w");
        List<Mention> tagged = List.of(Words.mention(text, "市科技局", EntityType.ORG), Words.mention(text, "浙江省", EntityType.LOC),
            Words.mention(text, "智能制造研究院", EntityType.ORG));
        assertThat(bodies.apply(text, tagged, words)).extracting(Mention::surface, Mention::type).containsExactly(
            org.assertj.core.groups.Tuple.tuple("市科技局", EntityType.ORG),
            org.assertj.core.groups.Tuple.tuple("浙江省科技评估和成果转化中心", EntityType.ORG),
            org.assertj.core.groups.Tuple.tuple("宁波先进材料与智能制造研究院", EntityType.ORG));
    }

    @Test
    void aClauseAGenericWordOrANameAcrossItStaysAsItWas() {
        String text = "浙江省加快建设研发中心，杭州市重点实验室达到百家，温州市物流企业建设研发中心，嘉兴市生物医药“双创”中心，"
            + "建设台州区域海洋创新中心，浙江省社会科学院经济研究所。";
        var words = Words.of(text, "浙江省/ns", "加快/v", "建设/v", "研发中心/nis", "，/w", "杭州市/ns", "重点/n",
            "实验室/nis", "达到/v", "百/m", "家/q", "，/w", "温州市/ns", "物流/n", "企业/n", "建设/v", "研发中心/nis", "，/w",
            "嘉兴市/ns", "生物/n", "医药/n", "“/w", "双创/j", "”/w", "中心/nis", "，/w", "建设/v", "台州/ns", "区域/n",
            "海洋/n", "创新/vn", "中心/nis", "，/w", "浙江省/ns", "社会/n", "科学院/nis", "经济/n", "研究所/nis", "。/w");
        List<Mention> tagged = List.of(Words.mention(text, "浙江省", EntityType.LOC), Words.mention(text, "浙江省社会科学院", EntityType.ORG));
        assertThat(bodies.apply(text, tagged, words)).extracting(Mention::surface)
            .as("a unit of a body is the body's").containsExactly("浙江省", "浙江省社会科学院");
    }

    @Test
    void aCooperativeIsABodyOfItsPlace() {
        String text = "德清县农业农村局指导德清县蔬菜种植专业合作社扩大规模。";
        var words = Words.of(text, "德清县/ns", "农业农村局/nis", "指导/v", "德清县/ns", "蔬菜/n", "种植/vn", "专业/n",
            "合作社/nis", "扩大/v", "规模/n", "。/w");
        List<Mention> tagged = List.of(Words.mention(text, "德清县农业农村局", EntityType.ORG));
        assertThat(bodies.apply(text, tagged, words)).extracting(Mention::surface)
            .containsExactly("德清县农业农村局", "德清县蔬菜种植专业合作社");
    }

    @Test
    void aPlaceTheTaggerFoundOpensABodyThatTheDivisionTableDoesNotKnow() {
        String text = "溧阳市依托天目湖先进储能技术研究院，引进项目。";
        var words = Words.of(text, "溧阳市/ns", "依托/v", "天目/ns", "湖/n", "先进/a", "储能/vn", "技术/n", "研究院/nis", "，/w",
            "引进/v", "项目/n", "。/w");
        List<Mention> tagged = List.of(Words.mention(text, "溧阳市", EntityType.LOC), Words.mention(text, "天目湖", EntityType.LOC));
        assertThat(bodies.apply(text, tagged, words)).extracting(Mention::surface)
            .containsExactly("溧阳市", "天目湖先进储能技术研究院");
    }

    @Test
    void aBodySelectedAsACentreIsNoPartOfTheCentresName() {
        String text = "湖州市中心医院和南浔区人民医院入选首批区域医疗中心，嘉兴市第二医院获批省级创伤中心。";
        var words = Words.of(text, "湖州市/ns", "中心医院/nis", "和/cc", "南浔区/ns", "人民医院/nis", "入选/v", "首批/n", "区域/n",
            "医疗/n", "中心/nis", "，/w", "嘉兴市/ns", "第二/mq", "医院/nis", "获批/v", "省级/b", "创伤/n", "中心/nis", "。/w");
        List<Mention> tagged = List.of(Words.mention(text, "湖州市中心医院", EntityType.ORG), Words.mention(text, "南浔区人民医院", EntityType.ORG),
            Words.mention(text, "嘉兴市第二医院", EntityType.ORG));
        assertThat(bodies.apply(text, tagged, words)).extracting(Mention::surface)
            .as("入选 and 获批 say what a body becomes; the centre after them is no body's name")
            .containsExactly("湖州市中心医院", "南浔区人民医院", "嘉兴市第二医院");
    }

    @Test
    void aGovernmentBodysNamedCentreWrittenAfterItIsOneNameButTwoBodiesJoinedAreTwo() {
        String text = "国家林草局森林资源监测评价中心发布报告，经济部产业署与工业技术研究院合办。";
        var words = Words.of(text, "国家/n", "林草局/nis", "森林资源/n", "监测/vn", "评价/vn", "中心/nis", "发布/v", "报告/n",
            "，/w", "经济部/nis", "产业/n", "署/ng", "与/cc", "工业/n", "技术/n", "研究院/nis", "合办/v", "。/w");
        List<Mention> tagged = List.of(Words.mention(text, "国家林草局", EntityType.ORG), Words.mention(text, "经济部产业署", EntityType.ORG));
        assertThat(bodies.apply(text, tagged, words)).extracting(Mention::surface)
            .containsExactly("国家林草局森林资源监测评价中心", "经济部产业署");
    }
}
