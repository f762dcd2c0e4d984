package org.itsmflow.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/** The statement a filtered list sends, without a database. */
class ListQueryTest {

  private enum Status { IN_PROGRESS }

  private final JdbcTemplate jdbc = mock(JdbcTemplate.class);
  private final RowMapper<String> rows = (rs, i) -> rs.getString(1);

  @Test
  void onlyTheGivenFiltersBecomeConditionsAndTheirValuesParameters() {
    ListQuery.select("SELECT number FROM itsm_x x").where("status = ?", Status.IN_PROGRESS)
        .where("service_code = ?", null).where("(a LIKE ? OR b LIKE ?)", "%mail%").where(true, "open = TRUE")
        .where(false, "breached = TRUE").page(jdbc, ListQuery.NEWEST_FIRST, 50, 25, rows);

    ArgumentCaptor<Object[]> args = ArgumentCaptor.forClass(Object[].class);
    ArgumentCaptor<String> sql = ArgumentCaptor.forClass(String.class);
    verify(jdbc).query(sql.capture(), any(RowMapper.class), args.capture());
    assertThat(sql.getValue()).isEqualTo("SELECT number FROM itsm_x x WHERE 1 = 1 AND status = ? "
        + "AND (a LIKE ? OR b LIKE ?) AND open = TRUE ORDER BY created_at DESC, number DESC "
        + "OFFSET ? ROWS FETCH NEXT ? ROWS ONLY");
    assertThat(args.getValue()).containsExactly("IN_PROGRESS", "%mail%", "%mail%", 50, 25);
  }

  @Test
  void withoutFiltersEveryRowComesInTheGivenOrder() {
    ListQuery.select("SELECT id FROM itsm_ci c").where("type_code = ?", null).all(jdbc, "id", rows);

    ArgumentCaptor<String> sql = ArgumentCaptor.forClass(String.class);
    verify(jdbc).query(sql.capture(), any(RowMapper.class), any(Object[].class));
    assertThat(sql.getValue()).isEqualTo("SELECT id FROM itsm_ci c WHERE 1 = 1 ORDER BY id");
  }
}
