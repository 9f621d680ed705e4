// The default customer-experience taxonomy (data): the topics of the issue plus card & ATM and returns
// & warranty, which banking and retail feedback in Vietnam raise often. Vietnamese keywords are written
// accented and in the normalised spelling (normalizeVietnamese); unaccented text still matches.
//
// Word choice: an unaccented Vietnamese syllable can stand for several words ("doi" is đợi "wait" but
// also đổi "exchange"; "the" is thẻ "card" but also thế; "hop" is hộp "box" but also hợp), so such
// syllables appear only inside phrases ("đợi lâu", "thẻ atm"). "giá" is the exception, too common to
// leave out; the matcher knows the compounds where unaccented "gia" is not a price ("tham gia").
import type { Taxonomy } from "./taxonomy.ts";

/** A comma-separated list of phrases, one per item: keeps the data readable and short. */
const phrases = (list: string) =>
  list
    .split(",")
    .map((phrase) => phrase.trim())
    .filter((phrase) => phrase.length > 0);

export const DEFAULT_TAXONOMY: Taxonomy = {
  topics: [
    {
      id: "staff_attitude",
      label: { vi: "Thái độ nhân viên", en: "Staff attitude" },
      keywords: {
        vi: phrases(`
          nhân viên, thái độ, nhiệt tình, thân thiện, lịch sự, niềm nở, chu đáo, tận tình, tận tâm,
          chuyên nghiệp, không chuyên nghiệp, lễ phép, cọc cằn, cáu gắt, hách dịch, thờ ơ, vô duyên,
          bất lịch sự, khinh khách, quát, phục vụ, tư vấn viên, giao dịch viên, thu ngân, bảo vệ,
          quản lý, chị nhân viên, anh nhân viên, em nhân viên, bạn nhân viên, nhân viên phục vụ,
          nhân viên tư vấn, nhân viên giao dịch, dễ thương, vui vẻ, hòa nhã, ân cần
        `),
        en: phrases(`
          staff, employee, waiter, waitress, server, cashier, teller, agent, representative, manager,
          attitude, rude, rudely, friendly, unfriendly, polite, impolite, helpful, unhelpful,
          courteous, professional, unprofessional, attentive, inattentive, personnel, hostess,
          bartender, security guard, arrogant, welcoming, service staff
        `),
      },
    },
    {
      id: "waiting_time",
      label: { vi: "Thời gian chờ", en: "Waiting time" },
      keywords: {
        vi: phrases(`
          thời gian chờ, chờ đợi, chờ lâu, đợi lâu, phải chờ, phải đợi, chờ mãi, đợi mãi, chờ cả,
          đợi cả, xếp hàng, bốc số, số thứ tự, lâu quá, quá lâu, rất lâu, lâu la, chậm, chậm trễ,
          chậm chạp, trễ hẹn, bị trễ, mất thời gian, tốn thời gian, nhanh chóng, phục vụ nhanh,
          xử lý nhanh, kịp thời, đông khách, tiếng đồng hồ
        `),
        en: phrases(`
          wait, waited, waiting, waiting time, wait time, queue, queued, long line, slow, slowly,
          delay, delayed, took forever, forever, on hold, quick, quickly, fast service, prompt,
          promptly, hours, minutes, in a timely manner, timely
        `),
      },
    },
    {
      id: "price_fees",
      label: { vi: "Giá và phí", en: "Price and fees" },
      keywords: {
        vi: phrases(`
          giá, giá cả, giá tiền, giá thành, giá bán, mức giá, bảng giá, tầm giá, giá cao, giá rẻ,
          giá hợp lý, giá đắt, giá mắc, đắt đỏ, quá đắt, hơi đắt, đắt quá, rẻ, rẻ hơn, phí, lệ phí,
          phí dịch vụ, phí thường niên, phí chuyển khoản, phí duy trì, phí ship, phí vận chuyển,
          mất phí, thu phí, tính phí, miễn phí, lãi suất, khuyến mãi, giảm giá, ưu đãi, voucher,
          đáng tiền, xứng đáng với giá, chi phí, tốn kém
        `),
        en: phrases(`
          price, pricing, priced, overpriced, expensive, cheap, cheaper, pricey, cost, costly,
          affordable, fee, charge, surcharge, interest rate, value for money, worth, reasonable,
          bargain, discount, promotion, deal, budget, inexpensive, money
        `),
      },
    },
    {
      id: "product_quality",
      label: { vi: "Chất lượng sản phẩm", en: "Product quality" },
      keywords: {
        vi: phrases(`
          chất lượng, sản phẩm, hàng hóa, chất lượng sản phẩm, kém chất lượng, độ bền, bền, hàng lỗi,
          sản phẩm lỗi, bị hỏng, hư hỏng, hỏng hóc, dễ hỏng, bị hư, hàng hư, hàng giả, hàng nhái,
          chính hãng, hàng chính hãng, đúng mô tả, giống hình, không giống hình, hàng đẹp, hàng tốt,
          hàng kém, chất liệu, ngon, món ăn, đồ ăn, thức ăn, đồ uống, tươi, hương vị, mùi vị,
          nguyên liệu, sử dụng tốt, dùng tốt, máy, chức năng
        `),
        en: phrases(`
          quality, product, item, defective, broken, durable, durability, faulty, damaged, genuine,
          fake, counterfeit, food, tasty, delicious, fresh, stale, taste, flavor, flavour, dish,
          meal, menu, portion, ingredients, cooked, well made, stopped working, material
        `),
      },
    },
    {
      id: "app_website",
      label: { vi: "Ứng dụng và website", en: "App and website" },
      keywords: {
        vi: phrases(`
          ứng dụng, app, website, web, trang web, đăng nhập, giao diện, phần mềm, cập nhật,
          mobile banking, internet banking, ngân hàng điện tử, smart banking, ebanking, lag,
          giật lag, văng app, bị đơ, bị treo, treo máy, mã otp, otp, online, trực tuyến, mật khẩu,
          lỗi app, lỗi ứng dụng, lỗi hệ thống, bị lỗi, báo lỗi, tải app, tải về, tải chậm, load,
          đăng xuất, sinh trắc học, vân tay, face id
        `),
        en: phrases(`
          app, website, site, web, online, login, log in, sign in, password, interface, ui, crash,
          crashes, crashed, bug, glitch, update, mobile banking, online banking, internet banking,
          webpage, page, loading, checkout, user friendly, error message, otp, one time password
        `),
      },
    },
    {
      id: "delivery",
      label: { vi: "Giao hàng", en: "Delivery" },
      keywords: {
        vi: phrases(`
          giao hàng, vận chuyển, ship, shipper, đóng gói, gói hàng, nhận hàng, người giao hàng,
          đơn hàng, giao nhanh, giao chậm, giao trễ, giao tận nơi, giao tận nhà, phí ship,
          phí vận chuyển, bưu điện, chuyển phát, bưu kiện, kiện hàng, đặt hàng, hộp bị móp, móp hộp
        `),
        en: phrases(`
          delivery, deliver, delivered, shipping, shipped, shipment, courier, package, packaging,
          parcel, arrived, arrive, tracking, driver, dispatch, dispatched, order, ordered, takeout,
          take out, carrier
        `),
      },
    },
    {
      id: "billing",
      label: { vi: "Hóa đơn và thanh toán", en: "Billing and payment" },
      keywords: {
        vi: phrases(`
          hóa đơn, hóa đơn điện tử, thanh toán, trừ tiền, bị trừ, tính tiền, thu tiền, tính sai,
          tính nhầm, hoàn tiền, trả tiền, sao kê, cước, cước phí, tiền cước, chuyển khoản,
          ví điện tử, momo, zalopay, vnpay, mã qr, qr, tiền thừa, thối tiền, trả góp, số dư,
          giao dịch, giao dịch lỗi, bị trừ tiền, biên lai
        `),
        en: phrases(`
          bill, billing, billed, invoice, charged, overcharged, double charged, payment, pay, paid,
          refund, refunded, receipt, statement, transaction, transfer, balance, installment, wallet,
          qr code, check
        `),
      },
    },
    {
      id: "communication",
      label: { vi: "Truyền thông và liên lạc", en: "Communication" },
      keywords: {
        vi: phrases(`
          thông báo, thông tin, liên hệ, liên lạc, tổng đài, tổng đài viên, hotline, gọi điện,
          điện thoại, tin nhắn, nhắn tin, sms, email, trả lời, phản hồi, giải thích, giải đáp,
          hướng dẫn, tư vấn, nghe máy, không nghe máy, chăm sóc khách hàng, cskh, inbox, fanpage,
          quảng cáo, spam, zalo, chatbot, gọi lại
        `),
        en: phrases(`
          call, called, phone, hotline, call center, call centre, email, message, sms, text message,
          contact, reply, replied, respond, responded, response, informed, inform, information,
          explain, explained, explanation, notification, notify, communication, communicate,
          customer service, customer care, hung up, answer, answered, chat, spam, advertising,
          call back, callback
        `),
      },
    },
    {
      id: "facilities",
      label: { vi: "Cơ sở vật chất", en: "Facilities" },
      keywords: {
        vi: phrases(`
          cơ sở vật chất, chi nhánh, phòng giao dịch, quầy, quầy giao dịch, bãi đỗ xe, chỗ đỗ xe,
          chỗ để xe, gửi xe, giữ xe, nhà vệ sinh, toilet, wc, điều hòa, máy lạnh, sạch sẽ, sạch, bẩn,
          dơ bẩn, không gian, rộng rãi, chật, chật chội, bàn ghế, ghế ngồi, chỗ ngồi, trang trí,
          cửa hàng, showroom, địa điểm, vị trí, ồn ào, yên tĩnh, wifi, thang máy, phòng chờ, view,
          nhạc, ánh sáng, thoáng mát, ấm cúng, decor
        `),
        en: phrases(`
          facility, facilities, branch, office, store, shop, building, parking, restroom, bathroom,
          toilet, clean, dirty, cleanliness, seating, seat, chair, table, atmosphere, ambience,
          ambiance, decor, music, noisy, loud, quiet, cozy, cosy, space, spacious, crowded, cramped,
          air conditioning, wifi, lobby, waiting area, interior, room, view, lighting,
          romantic
        `),
      },
    },
    {
      id: "process_procedure",
      label: { vi: "Quy trình và thủ tục", en: "Process and procedure" },
      keywords: {
        vi: phrases(`
          thủ tục, quy trình, giấy tờ, hồ sơ, rườm rà, phức tạp, thủ tục đơn giản, khiếu nại,
          xác minh, xác thực, ekyc, mở tài khoản, đăng ký, chính sách, quy định, điều kiện, hợp đồng,
          chữ ký, phê duyệt, giải quyết, xử lý, khoản vay, vay vốn, hồ sơ vay, cmnd, cccd, căn cước,
          nhiều bước, quy trình phức tạp, yêu cầu, điền form, biểu mẫu
        `),
        en: phrases(`
          process, procedure, paperwork, document, form, bureaucracy, bureaucratic, complicated,
          policy, policies, rule, requirement, verification, verify, kyc, account opening,
          open an account, application process, complaint, approve, approval, approved, resolve,
          resolved, escalate, escalated, steps, sign up, signup, registration, red tape, loan
        `),
      },
    },
    {
      id: "card_atm",
      label: { vi: "Thẻ và ATM", en: "Card and ATM" },
      keywords: {
        vi: phrases(`
          thẻ atm, cây atm, atm, rút tiền, thẻ tín dụng, thẻ ghi nợ, thẻ visa, visa, mastercard,
          mở thẻ, làm thẻ, khóa thẻ, nuốt thẻ, quẹt thẻ, cà thẻ, mã pin, hạn mức, thẻ từ, thẻ chip,
          đổi thẻ, phát hành thẻ, thẻ bị khóa, thẻ ngân hàng, nạp tiền, máy atm
        `),
        en: phrases(`
          card, atm, credit card, debit card, withdraw, withdrawal, cash machine, pin code,
          card blocked, contactless, visa, mastercard, credit limit, swipe, cash
        `),
      },
    },
    {
      id: "returns_warranty",
      label: { vi: "Đổi trả và bảo hành", en: "Returns and warranty" },
      keywords: {
        vi: phrases(`
          bảo hành, đổi trả, đổi hàng, trả hàng, hoàn hàng, sửa chữa, trung tâm bảo hành, hậu mãi,
          sau bán hàng, 1 đổi 1, một đổi một, đổi sản phẩm, chính sách đổi trả, phiếu bảo hành,
          tem bảo hành
        `),
        en: phrases(`
          warranty, guarantee, return, returned, exchange, replacement, replace, repair, repaired,
          after sales, after-sales, return policy, exchanged
        `),
      },
    },
  ],
};
