package org.itsmflow.audit;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The clauses a process model's elements name: {@code <camunda:property name="iso20000"
 * value="8.6.1, 8.3.3"/>} in an element's extension elements, in BPMN and DMN alike. Pure: reads
 * the XML it is given.
 */
public final class ClauseTags {

  /** The property's name. */
  public static final String PROPERTY = "iso20000";

  /** One element naming its clauses: the file it is in, its id, name and kind (userTask, decision, ...). */
  public record Tag(String file, String elementId, String elementName, String kind, List<String> clauses) {}

  private ClauseTags() {}

  /** The tags of one model file; a file that is not XML is an error naming the file. */
  public static List<Tag> read(String file, InputStream xml) {
    Element root;
    try {
      root = parser().parse(xml).getDocumentElement();
    } catch (SAXException | IOException e) {
      throw new IllegalArgumentException(file + " cannot be read as XML: " + e.getMessage(), e);
    }
    List<Tag> tags = new ArrayList<>();
    NodeList properties = root.getElementsByTagNameNS("*", "property");
    for (int i = 0; i < properties.getLength(); i++) {
      Element property = (Element) properties.item(i);
      if (!PROPERTY.equals(property.getAttribute("name")) || !property.getNamespaceURI().startsWith("http://camunda.org/")) {
        continue;
      }
      Node owner = property.getParentNode();
      while (owner != null && !(owner instanceof Element e && "extensionElements".equals(e.getLocalName()))) {
        owner = owner.getParentNode();
      }
      if (owner == null || !(owner.getParentNode() instanceof Element element)) {
        continue;
      }
      List<String> clauses = Arrays.stream(property.getAttribute("value").split(",")).map(String::trim)
          .filter(c -> !c.isEmpty()).toList();
      tags.add(new Tag(file, element.getAttribute("id"), element.getAttribute("name"), element.getLocalName(), clauses));
    }
    return tags;
  }

  private static DocumentBuilder parser() {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      // A model is data from a process owner: no DTDs, no external entities.
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      factory.setExpandEntityReferences(false);
      return factory.newDocumentBuilder();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }
}
