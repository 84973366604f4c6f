package org.greenwhistle.publication.service;

import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.greenwhistle.common.problem.NotFoundException;
import org.greenwhistle.publication.domain.PublicFacets;
import org.greenwhistle.publication.domain.PublishedCase;
import org.greenwhistle.publication.domain.PublishedCaseSummary;
import org.greenwhistle.publication.domain.TypicalCase;
import org.greenwhistle.publication.domain.TypicalCaseQuery;
import org.greenwhistle.publication.domain.TypicalCaseStatus;
import org.greenwhistle.publication.domain.TypicalCaseSummary;
import org.greenwhistle.publication.persistence.TypicalCaseMapper;
import org.greenwhistle.region.service.RegionService;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public side (no login): published typical cases only, as a filtered list, one case, and an Atom feed. A
 * draft, a case in review and a withdrawn case answer "not found", whatever the caller knows of its id.
 */
@Service
@Transactional(readOnly = true)
public class PublicTypicalCases {
  /** Entry ids stay the same for the life of a case, whatever its title or URL becomes. */
  public static final String TAG_PREFIX = "tag:greenwhistle.example,2026:";
  public static final int FEED_SIZE = 50;
  private static final String ATOM = "http://www.w3.org/2005/Atom";
  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

  private final TypicalCaseMapper mapper;
  private final RegionService regions;
  private final MessageSource messages;

  PublicTypicalCases(TypicalCaseMapper mapper, RegionService regions, MessageSource messages) {
    this.mapper = mapper;
    this.regions = regions;
    this.messages = messages;
  }

  public List<PublishedCaseSummary> page(String province, String category, Integer year, Integer batchNo, String text,
                                         int offset, int limit) {
    return mapper.page(TypicalCaseQuery.published(province, category, year, batchNo, text, offset, limit).bounded())
        .stream().map(this::summary).toList();
  }

  public long count(String province, String category, Integer year, Integer batchNo, String text) {
    return mapper.count(TypicalCaseQuery.published(province, category, year, batchNo, text, 0, 1).bounded());
  }

  public PublishedCase find(long id) {
    TypicalCase c = mapper.find(id);
    if (c == null || c.status() != TypicalCaseStatus.PUBLISHED) {
      throw new NotFoundException("publication.error.notFound");
    }
    return published(c);
  }

  /** The filter values that lead to at least one published case. */
  public PublicFacets facets() {
    return new PublicFacets(mapper.publishedProvinces(), mapper.publishedCategories(), mapper.publishedYears(),
        mapper.publishedBatches());
  }

  /**
   * The latest published cases as an Atom feed (RFC 4287). {@code baseUrl} is the portal's address as the caller
   * reached it, for the links; entry ids do not depend on it.
   */
  public String atomFeed(String baseUrl) {
    List<TypicalCase> cases = mapper.latestPublished(FEED_SIZE);
    String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeStartElement("feed");
      xml.writeDefaultNamespace(ATOM);
      xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", "zh-CN");
      element(xml, "id", TAG_PREFIX + "typical-cases");
      element(xml, "title", message("publication.feed.title"));
      element(xml, "subtitle", message("publication.feed.subtitle"));
      Instant updated = cases.isEmpty() ? Instant.EPOCH : cases.get(0).publishedAt();
      element(xml, "updated", time(updated));
      link(xml, "self", "application/atom+xml", base + "/api/v1/typical-cases/feed.atom");
      link(xml, "alternate", "text/html", base + "/cases");
      xml.writeStartElement("author");
      element(xml, "name", message("publication.feed.author"));
      xml.writeEndElement();
      for (TypicalCase c : cases) {
        xml.writeStartElement("entry");
        element(xml, "id", TAG_PREFIX + "typical-case/" + c.id());
        element(xml, "title", c.title());
        link(xml, "alternate", "text/html", base + "/cases/" + c.id());
        element(xml, "published", time(c.publishedAt()));
        element(xml, "updated", time(c.publishedAt()));
        if (c.category() != null) {
          xml.writeEmptyElement("category");
          xml.writeAttribute("term", c.category());
          xml.writeAttribute("label", message("category." + c.category()));
        }
        element(xml, "summary", excerpt(c.facts()));
        xml.writeStartElement("content");
        xml.writeAttribute("type", "text");
        xml.writeCharacters(xmlText(fullText(c)));
        xml.writeEndElement();
        xml.writeEndElement();
      }
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
    return out.toString();
  }

  private String fullText(TypicalCase c) {
    StringBuilder text = new StringBuilder();
    List<String> sections = List.of(c.background(), c.facts(), c.handling(), c.reward(), c.significance());
    for (int i = 0; i < sections.size(); i++) {
      if (sections.get(i) != null) {
        text.append(message("publication.section." + TypicalCase.SECTIONS.get(i))).append('\n')
            .append(sections.get(i)).append("\n\n");
      }
    }
    return text.toString().strip();
  }

  private PublishedCaseSummary summary(TypicalCaseSummary s) {
    return new PublishedCaseSummary(s.id(), s.title(), s.provinceCode(), regions.fullName(s.regionCode()), s.category(),
        s.caseYear(), s.batchNo(), s.batchTitle(), s.publishedAt(), excerpt(s.excerpt()));
  }

  private PublishedCase published(TypicalCase c) {
    return new PublishedCase(c.id(), c.title(), c.provinceCode(), c.regionCode(), regions.fullName(c.regionCode()),
        c.category(), c.caseYear(), c.batchNo(), c.batchTitle(), c.publishedAt(), c.background(), c.facts(),
        c.handling(), c.reward(), c.significance());
  }

  private static String excerpt(String facts) {
    if (facts == null) {
      return "";
    }
    return facts.length() <= 120 ? facts : facts.substring(0, 120) + "……";
  }

  private String message(String key) {
    return messages.getMessage(key, null, key, ZH);
  }

  private static String time(Instant instant) {
    return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
  }

  private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeCharacters(xmlText(text));
    xml.writeEndElement();
  }

  /** Characters XML 1.0 cannot carry (control characters) are dropped; the writer escapes the rest. */
  private static String xmlText(String text) {
    return text == null ? "" : text.replaceAll("[^\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]", "");
  }

  private static void link(XMLStreamWriter xml, String rel, String type, String href) throws XMLStreamException {
    xml.writeEmptyElement("link");
    xml.writeAttribute("rel", rel);
    xml.writeAttribute("type", type);
    xml.writeAttribute("href", href);
  }
}
