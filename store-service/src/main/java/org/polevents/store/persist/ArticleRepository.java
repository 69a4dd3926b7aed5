package org.polevents.store.persist;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.polevents.contracts.SegmentBatch;
import org.polevents.store.query.ReportReader;
import org.polevents.store.query.StoredArticle;

/** Stored articles: upserts in a JTA transaction, reads on auto-commit connections. */
@ApplicationScoped
public class ArticleRepository {
    private final DataSource dataSource;
    private final ArticleWriter writer;
    private final ReportReader reader;

    public ArticleRepository(DataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.writer = new ArticleWriter(json);
        this.reader = new ReportReader(json);
    }

    @Transactional
    public void store(SegmentBatch article) {
        try (Connection c = dataSource.getConnection()) {
            writer.write(c, article);
        } catch (SQLException e) {
            throw new StoreFailure("could not store article " + article.articleId(), e);
        }
    }

    public Optional<StoredArticle> find(String id) {
        try (Connection c = dataSource.getConnection()) {
            return reader.article(c, id);
        } catch (SQLException e) {
            throw new StoreFailure("query failed", e);
        }
    }
}
