package io.policylens.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Writes PolicyLens's division table ({@code src/main/resources/io/policylens/analyse/regions.tsv}) from the
 * National Bureau of Statistics code table as published in {@code pca-code.json} (province → prefecture → county,
 * 2023 edition): one division a line, {@code code<TAB>name<TAB>level<TAB>parent<TAB>aliases}, codes padded to six
 * digits, placeholders (市辖区, 县, 省直辖县级行政区划) skipped and their children hung on the province, towns of
 * cities without districts left out; Taiwan, Hong Kong and Macao, which the NBS table leaves out, are added with
 * Taiwan's municipalities and counties. Aliases are the name without its administrative suffix (浙江省 → 浙江,
 * 延边朝鲜族自治州 → 延边). Run:
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=io.policylens.tools.RegionsTool -Dexec.args="../shared/data/regions/pca-code.json src/main/resources/io/policylens/analyse/regions.tsv"}
 */
public final class RegionsTool {

    private static final String[] SUFFIXES = {"特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州",
        "自治县", "自治旗", "地区", "省", "市", "盟", "县", "区", "旗"};
    private static final String[] PEOPLES = {"蒙古族", "藏族", "维吾尔族", "苗族", "彝族", "壮族", "布依族", "朝鲜族", "满族",
        "侗族", "瑶族", "白族", "土家族", "哈尼族", "哈萨克族", "傣族", "黎族", "傈僳族", "佤族", "畲族", "拉祜族", "水族", "东乡族",
        "纳西族", "景颇族", "柯尔克孜族", "土族", "达斡尔族", "仫佬族", "羌族", "布朗族", "撒拉族", "毛南族", "仡佬族", "锡伯族",
        "阿昌族", "普米族", "塔吉克族", "怒族", "鄂温克族", "德昂族", "保安族", "裕固族", "京族", "独龙族", "鄂伦春族", "回族",
        "各族"};

    public static void main(String[] args) throws IOException {
        JsonNode root = new ObjectMapper().readTree(Path.of(args[0]).toFile());
        Path out = Path.of(args[1]);
        Files.createDirectories(out.getParent());
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            w.println("# PRC administrative divisions (NBS statistical codes, 2023 edition, via modood/Administrative-divisions-of-China, WTFPL).");
            w.println("# Taiwan, Hong Kong and Macao, which that table leaves out, follow at the end (GB/T 2260 codes 710000, 810000,"
                + " 820000; Taiwan's municipalities and counties have no national code: 7101xx-7120xx are the project's own).");
            w.println("# code<TAB>name<TAB>level<TAB>parent code<TAB>aliases — written by io.policylens.tools.RegionsTool; do not edit by hand.");
            for (JsonNode province : root) {
                String pc = pad(province.path("code").asText());
                line(w, pc, province.path("name").asText(), "province", "");
                for (JsonNode city : province.path("children")) {
                    String name = city.path("name").asText();
                    boolean placeholder = name.equals("市辖区") || name.equals("县") || name.endsWith("直辖县级行政区划");
                    String cc = pad(city.path("code").asText());
                    if (!placeholder) {
                        line(w, cc, name, "city", pc);
                    }
                    for (JsonNode county : city.path("children")) {
                        String code = county.path("code").asText();
                        if (code.length() != 6) {
                            continue; // towns of cities without districts (东莞, 中山 …)
                        }
                        line(w, code, county.path("name").asText(), "county", placeholder ? pc : cc);
                    }
                }
            }
            // The NBS table leaves out Taiwan, Hong Kong and Macao; GB/T 2260 codes them 710000, 810000 and 820000.
            // Taiwan's municipalities and counties have no national code: 7101xx–7120xx are this project's own.
            line(w, "710000", "台湾省", "province", "");
            for (int i = 0; i < TAIWAN.length; i++) {
                line(w, String.format("71%02d00", i + 1), TAIWAN[i], "city", "710000");
            }
            line(w, "810000", "香港特别行政区", "province", "");
            for (String[] d : HONG_KONG_DISTRICTS) {
                String stem = d[1].substring(0, d[1].length() - 1);
                w.println(d[0] + "\t" + d[1] + "\tcounty\t810000\t" + (AMBIGUOUS_STEMS.contains(stem) ? "" : stem));
            }
            line(w, "820000", "澳门特别行政区", "province", "");
        }
    }

    /**
     * Taiwan's special municipalities, provincial cities and counties, as the island's own lists order them; 金门县 and
     * 连江县 are left to the NBS table, which lists them under Fujian (350527, 350122).
     */
    private static final String[] TAIWAN = {"台北市", "新北市", "桃园市", "台中市", "台南市", "高雄市", "基隆市", "新竹市",
        "嘉义市", "新竹县", "苗栗县", "彰化县", "南投县", "云林县", "嘉义县", "屏东县", "宜兰县", "花莲县", "台东县", "澎湖县"};

    /**
     * Hong Kong's districts by their GB/T 2260 codes, less 东区, 南区 and 北区, which name a part of any city; and 中西区,
     * which opens 中西区域 too.
     */
    private static final String[][] HONG_KONG_DISTRICTS = {{"810002", "湾仔区"}, {"810005", "油尖旺区"}, {"810006", "深水埗区"},
        {"810007", "九龙城区"}, {"810008", "黄大仙区"}, {"810009", "观塘区"}, {"810010", "荃湾区"}, {"810011", "屯门区"},
        {"810012", "元朗区"}, {"810014", "大埔区"}, {"810015", "西贡区"}, {"810016", "沙田区"}, {"810017", "葵青区"},
        {"810018", "离岛区"}};
    /** Stems of those districts that are other places or words (大埔县 of Guangdong, 西贡 for Saigon, 离岛, 沙田镇). */
    private static final Set<String> AMBIGUOUS_STEMS = Set.of("大埔", "西贡", "离岛", "沙田");

    private static String pad(String code) {
        return (code + "000000").substring(0, 6);
    }

    private static void line(PrintWriter w, String code, String name, String level, String parent) {
        w.println(code + "\t" + name + "\t" + level + "\t" + parent + "\t" + String.join(",", aliases(name)));
    }

    static Set<String> aliases(String name) {
        Set<String> out = new LinkedHashSet<>();
        for (String suffix : SUFFIXES) {
            if (name.endsWith(suffix) && name.length() - suffix.length() >= 2) {
                String base = name.substring(0, name.length() - suffix.length());
                for (String people : PEOPLES) {
                    if (base.endsWith(people) && base.length() - people.length() >= 2) {
                        base = base.substring(0, base.length() - people.length());
                        break;
                    }
                }
                // 新区, 开发区: the stem alone is not this place.
                if (!base.endsWith("新") && !base.endsWith("开发") && base.length() >= 2 && !base.equals(name)) {
                    out.add(base);
                }
                break;
            }
        }
        return out;
    }
}
