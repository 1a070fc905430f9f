package io.nlc.assessment;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class NationalViewH2Test extends NationalViewTests {
}
