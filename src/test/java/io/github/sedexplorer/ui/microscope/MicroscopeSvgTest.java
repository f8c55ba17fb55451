package io.github.sedexplorer.ui.microscope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.CellDocument;
import io.github.sedexplorer.cell.DartsGenotype;
import io.github.sedexplorer.cell.Nb201ArchString;
import io.github.sedexplorer.microscope.Measurement;
import io.github.sedexplorer.microscope.NodeMeasure;
import io.github.sedexplorer.ui.common.LatestWins;
import io.github.sedexplorer.ui.common.Notifier;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The Microscope tab's SVG: well-formed, a card per node with its three thumbnails as the screen's pixels, and its numbers. */
class MicroscopeSvgTest {

    private static final Notifier QUIET = new Notifier() {
        @Override
        public void info(String message) {
        }

        @Override
        public void warn(String message) {
            throw new AssertionError(message);
        }

        @Override
        public void error(String header, String message) {
            throw new AssertionError(header + ": " + message);
        }
    };

    private static MicroscopeViewModel measured(Architecture a) {
        return new MicroscopeViewModel(new SimpleObjectProperty<>(new CellDocument(a, null, "", "")), new SimpleIntegerProperty(16),
                LatestWins.direct(QUIET));
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static String texts(Element e) {
        StringBuilder b = new StringBuilder();
        NodeList t = e.getElementsByTagName("text");
        for (int i = 0; i < t.getLength(); i++) {
            b.append(t.item(i).getTextContent()).append('\n');
        }
        return b.toString();
    }

    @Test
    void aCardPerNodeWithTheScreensPixelsAndNumbers() throws Exception {
        MicroscopeViewModel vm = measured(Architecture.of(Nb201ArchString.parse(MicroscopeViewModelTest.POOL)));
        Measurement m = vm.getMeasurement();
        Document svg = parse(MicroscopeSvg.of(m, vm));
        NodeList groups = svg.getElementsByTagName("g");
        assertEquals(m.nodes().size(), groups.getLength(), "a card per node");
        assertEquals(3 * m.nodes().size(), svg.getElementsByTagName("image").getLength(), "three thumbnails per card");
        String all = texts(svg.getDocumentElement());
        assertTrue(all.contains("not the reconstruction"), "the caption says what the numbers are");
        for (int i = 0; i < groups.getLength(); i++) {
            Element card = (Element) groups.item(i);
            NodeMeasure n = m.nodes().get(i);
            assertEquals("node-" + n.cell() + "-" + n.node(), card.getAttribute("id"));
            String shown = texts(card);
            assertTrue(shown.contains(n.name()), shown);
            for (List<String> row : MicroscopeViewModel.table(n)) {
                assertTrue(shown.contains(row.get(1)) && shown.contains(row.get(2)), row + " in " + shown);
            }
            Element channel = (Element) card.getElementsByTagName("image").item(0);
            BufferedImage px = decode(channel.getAttribute("href"));
            double[][] map = n.sample().channel(0);
            assertEquals(map.length, px.getHeight());
            assertEquals(map[0].length, px.getWidth());
            for (int y = 0; y < map.length; y += 7) {
                for (int x = 0; x < map[0].length; x += 5) {
                    assertEquals(MapColours.diverging(map[y][x], vm.mapScale(m, n)), px.getRGB(x, y), "pixel " + x + "," + y);
                }
            }
            BufferedImage heat = decode(((Element) card.getElementsByTagName("image").item(2)).getAttribute("href"));
            double[] range = vm.heatScale(m, n);
            double v = n.heat()[3][4];
            assertEquals(MapColours.heat(new double[][] {{v}}, range[0], range[1])[0], heat.getRGB(4, 3));
        }
    }

    @Test
    void eachNodesOwnScaleIsStatedOnItsCard() throws Exception {
        MicroscopeViewModel vm = measured(Architecture.of(Nb201ArchString.parse(MicroscopeViewModelTest.CONV)));
        vm.scaleEachNodeProperty().set(true);
        Measurement m = vm.getMeasurement();
        Document svg = parse(MicroscopeSvg.of(m, vm));
        NodeList groups = svg.getElementsByTagName("g");
        for (int i = 0; i < groups.getLength(); i++) {
            NodeMeasure n = m.nodes().get(i);
            String stated = MicroscopeViewModel.scales(vm.mapScale(m, n), vm.heatScale(m, n));
            assertTrue(texts((Element) groups.item(i)).contains(stated), stated);
        }
    }

    @Test
    void aDartsGenotypeGetsBothCellsTitled() throws Exception {
        Architecture darts = DartsGenotype.parse(
                "Genotype(normal=[('sep_conv_3x3', 0), ('sep_conv_3x3', 1), ('skip_connect', 0), ('sep_conv_3x3', 1), "
                        + "('skip_connect', 0), ('sep_conv_3x3', 1), ('sep_conv_3x3', 0), ('skip_connect', 2)], normal_concat=[2, 3, 4, 5], "
                        + "reduce=[('max_pool_3x3', 0), ('max_pool_3x3', 1), ('skip_connect', 2), ('max_pool_3x3', 0), "
                        + "('max_pool_3x3', 0), ('skip_connect', 2), ('skip_connect', 2), ('avg_pool_3x3', 0)], reduce_concat=[2, 3, 4, 5])");
        MicroscopeViewModel vm = measured(darts);
        Measurement m = vm.getMeasurement();
        Document svg = parse(MicroscopeSvg.of(m, vm));
        assertEquals(m.nodes().size(), svg.getElementsByTagName("g").getLength());
        String all = texts(svg.getDocumentElement());
        assertTrue(all.contains(darts.cellName(0) + " cell") && all.contains(darts.cellName(1) + " cell"), all);
    }

    private static BufferedImage decode(String href) throws Exception {
        String prefix = "data:image/png;base64,";
        assertTrue(href.startsWith(prefix), href.substring(0, Math.min(40, href.length())));
        return ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(href.substring(prefix.length()))));
    }
}
