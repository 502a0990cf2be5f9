/* わがまちキャンバス みんなで参加: the phone's page.
 *
 * Everything typed goes into an outbox kept on the phone (localStorage) before it is sent,
 * under an id made here; it is sent again until the laptop answers, and the laptop keeps
 * each id once, so nothing is lost when the connection drops and nothing lands twice.
 * Text is only ever set as text (textContent), never as HTML.
 */
(function () {
  "use strict";

  var KEY = "wagamachi-room";
  var MESSAGES = {
    over_budget: "シールはもう残っていません（1人 %1 枚まで）。",
    over_note_max: "1枚の付箋に貼れるシールは %1 枚までです。",
    round_closed: "投票は締め切られました。",
    not_eligible: "この付箋は今回の投票の対象ではありません。",
    no_round: "いまは投票していません。",
    no_dot: "この付箋にはシールを貼っていません。",
    writing_closed: "書き込みは締め切られました。",
    no_board: "まだボードが開かれていません。少しお待ちください。",
    no_sheet: "いまはワークシートを開いていません。",
    no_parking: "このワークシートには「未配置」の場所がありません。",
    already_placed: "その資源は、もうワークシートに出ています。",
    no_reflection: "いまは振り返りシートを受け付けていません。",
    unknown_question: "質問が変わりました。ページを開き直してください。",
    too_long: "%1 文字までです。",
    empty_text: "何か書いてから送ってください。",
    wrong_pin: "PINが違います。壁の画面の数字を確かめてください。",
    pin_blocked: "PINを5回まちがえました。1分たってから入れ直してください。",
    bad_token: "このQRコードはもう使えません。壁の画面の新しいQRコードを読み取るか、PINを入れてください。",
    blocked: "この端末からの参加は止められています。",
    name_needed: "投票や振り返りシートには、お名前を選んでください。",
    no_anonymous: "お名前を選んでください（名前なしの参加は受け付けていません）。",
    not_yours: "自分の付箋だけ直せます。",
    not_found: "見つかりませんでした（消されたのかもしれません）。",
    too_large: "長すぎて送れません。",
    bad_request: "送れませんでした。",
    forbidden: "送れませんでした。ページを開き直してください。"
  };

  // -- what the phone keeps -------------------------------------------------------------
  function randomId() {
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    var out = "";
    for (var i = 0; i < bytes.length; i++) out += (bytes[i] + 256).toString(16).slice(1);
    return out;
  }
  function load() {
    try { return JSON.parse(window.localStorage.getItem(KEY)) || {}; } catch (e) { return {}; }
  }
  var kept = load();
  if (!kept.device) kept.device = randomId();
  if (!Array.isArray(kept.outbox)) kept.outbox = [];
  function save() {
    try { window.localStorage.setItem(KEY, JSON.stringify(kept)); } catch (e) { /* private mode: kept in memory */ }
  }
  save();

  var room = null; // the last state from the laptop
  var me = null;
  var version = -1;
  var online = false;
  var editing = null; // the id of the own note being edited
  var choosingName = false; // 変更 was pressed: the roster stays until a name is chosen

  function $(id) { return document.getElementById(id); }
  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function words(code, details) {
    var text = MESSAGES[code] || "送れませんでした（" + code + "）。";
    (details || []).forEach(function (d, i) { text = text.replace("%" + (i + 1), d); });
    return text;
  }
  function say(text, ok) {
    var box = $("message");
    box.textContent = text;
    box.className = ok ? "message ok" : "message";
    box.hidden = !text;
  }
  function show(section) {
    ["join", "who", "room"].forEach(function (id) { $(id).hidden = id !== section; });
  }
  function setOnline(value, text) {
    online = value;
    var status = $("status");
    status.textContent = text || (value ? "接続中" : "接続が切れています");
    status.className = value ? "bar-status" : "bar-status offline";
  }

  // -- talking to the laptop ------------------------------------------------------------
  function post(path, body) {
    return window.fetch(path, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-Wagamachi": "1" },
      body: JSON.stringify(body)
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (data) {
        return { status: response.status, data: data };
      });
    });
  }

  function join(body) {
    body.device = kept.device;
    return post("/api/join", body).then(function (answer) {
      if (answer.status === 200) {
        say("");
        repoll();
        return true;
      }
      say(words(answer.data.error, answer.data.details));
      show("join");
      return false;
    }).catch(function () {
      say("パソコンにつながりません。同じWi-Fiにつながっているか確かめてください。");
      show("join");
      return false;
    });
  }

  var polling = null; // the poll waiting for the laptop, to abort when we need news now
  function repoll() {
    if (polling) polling.abort();
    polling = null;
    version = -1;
    poll();
  }
  function poll() {
    if (polling) return;
    var controller = new window.AbortController();
    polling = controller;
    window.fetch("/api/state?since=" + version, { credentials: "same-origin", signal: controller.signal })
      .then(function (response) {
        if (response.status === 401) {
          polling = null;
          setOnline(true, "未参加");
          show("join");
          return null;
        }
        if (!response.ok) throw new Error(String(response.status));
        return response.json();
      })
      .then(function (data) {
        if (!data || controller.signal.aborted) return;
        polling = null;
        setOnline(true);
        room = data.room;
        me = data.me;
        version = room.version;
        render();
        flush();
        window.setTimeout(poll, 250);
      })
      .catch(function () {
        if (controller.signal.aborted) return;
        polling = null;
        setOnline(false, "再接続中…");
        window.setTimeout(poll, 2000);
      });
  }

  // -- the outbox: sent until the laptop answers ----------------------------------------
  function queue(kind, body, label) {
    body.client_id = randomId();
    kept.outbox.push({ kind: kind, body: body, label: label, state: "waiting", error: "" });
    save();
    renderOutbox();
    flush();
  }

  var flushing = false;
  function flush() {
    if (flushing) return;
    var next = kept.outbox.filter(function (item) { return item.state === "waiting"; })[0];
    if (!next) return;
    flushing = true;
    post("/api/" + next.kind, next.body).then(function (answer) {
      flushing = false;
      if (answer.status === 200 && answer.data.declined) {
        next.state = "refused";
        next.error = "ファシリテーターが見送りました。";
      } else if (answer.status === 200) {
        next.state = answer.data.pending ? "pending" : "sent";
      } else if (answer.status === 401) {
        save();
        show("join");
        return; // sent again once joined
      } else if (answer.status === 429 || answer.status === 503) {
        save();
        window.setTimeout(flush, 3000);
        return;
      } else {
        next.state = "refused";
        next.error = words(answer.data.error, answer.data.details);
      }
      var sent = kept.outbox.filter(function (item) { return item.state === "sent" || item.state === "refused"; });
      if (sent.length > 30) kept.outbox.splice(kept.outbox.indexOf(sent[0]), 1);
      save();
      renderOutbox();
      flush();
    }).catch(function () {
      flushing = false;
      setOnline(false, "再接続中…");
      window.setTimeout(flush, 3000);
    });
  }

  // -- drawing the page ---------------------------------------------------------------
  function renderOutbox() {
    var list = $("outbox");
    list.textContent = "";
    var items = kept.outbox.slice(-8).reverse();
    $("outbox-card").hidden = items.length === 0;
    items.forEach(function (item) {
      var li = el("li");
      var state = {
        waiting: "送信待ち", pending: "承認待ち", sent: "送信済み", refused: "送れませんでした"
      }[item.state];
      li.appendChild(el("span", "state " + item.state, state));
      li.appendChild(el("div", "text", item.label));
      if (item.error) li.appendChild(el("div", "note", item.error));
      list.appendChild(li);
    });
  }

  function columnName(id) {
    var found = room.columns.filter(function (c) { return c.id === id; })[0];
    return found ? found.label : "";
  }

  function renderWho() {
    var roster = $("roster");
    roster.textContent = "";
    room.roster.forEach(function (person) {
      var button = el("button");
      button.type = "button";
      button.textContent = person.name;
      if (person.table) button.appendChild(el("small", "", person.table));
      button.addEventListener("click", function () { chooseName({ participant_id: person.id }); });
      roster.appendChild(button);
    });
    $("anonymous").hidden = !room.anonymous_allowed;
  }

  function renderWrite() {
    var select = $("column");
    var chosen = select.value;
    select.textContent = "";
    room.columns.forEach(function (c) {
      var option = el("option", "", c.label);
      option.value = String(c.id);
      select.appendChild(option);
    });
    if (chosen) select.value = chosen;
    select.hidden = $("column-label").hidden = room.columns.length === 0;
    var open = room.writing_open && room.activity === "board";
    $("note-form").hidden = !open;
    $("write-closed").hidden = open;
    $("write-closed").textContent = room.activity === "board"
      ? "書き込みは締め切られました。" : "まだボードが開かれていません。少しお待ちください。";
    $("face-down").hidden = !room.face_down;
  }

  function noteText(id) {
    var all = room.notes.concat(me.face_down_notes);
    var found = all.filter(function (n) { return n.id === id; })[0];
    return found ? found.text : "";
  }

  function renderMine() {
    var list = $("mine");
    if (editing !== null && list.querySelector("textarea")) return; // keep what is being typed
    list.textContent = "";
    $("mine-empty").hidden = me.notes.length > 0;
    me.notes.forEach(function (id) {
      var li = el("li");
      if (editing === id) {
        var area = el("textarea");
        area.value = noteText(id);
        area.maxLength = 500;
        li.appendChild(area);
        var row = el("div", "row");
        var keep = el("button", "", "保存");
        keep.type = "button";
        keep.addEventListener("click", function () {
          var text = area.value.trim();
          if (!text) { say(words("empty_text")); return; }
          editing = null;
          list.textContent = "";
          queue("edit", { note_id: id, text: text }, "直す: " + text);
          render();
        });
        var cancel = el("button", "", "やめる");
        cancel.type = "button";
        cancel.addEventListener("click", function () { editing = null; list.textContent = ""; render(); });
        row.appendChild(keep);
        row.appendChild(cancel);
        li.appendChild(row);
      } else {
        li.appendChild(el("div", "text", noteText(id)));
        if (room.writing_open) {
          var actions = el("div", "row");
          var edit = el("button", "", "直す");
          edit.type = "button";
          edit.addEventListener("click", function () {
            editing = id;
            list.textContent = "";
            render();
            var area = list.querySelector("textarea");
            if (area) area.focus();
          });
          var withdraw = el("button", "", "取り下げる");
          withdraw.type = "button";
          withdraw.addEventListener("click", function () {
            if (window.confirm("この付箋を取り下げますか？")) {
              queue("withdraw", { note_id: id }, "取り下げ: " + noteText(id));
            }
          });
          actions.appendChild(edit);
          actions.appendChild(withdraw);
          li.appendChild(actions);
        }
      }
      list.appendChild(li);
    });
  }

  function renderVote() {
    var round = room.round;
    $("vote").hidden = !round;
    if (!round) return;
    $("round-title").textContent = round.title;
    $("dots-left").textContent = String(me.dots_left);
    $("vote-rule").textContent = round.closed
      ? (round.revealed ? "結果が発表されました。" : "投票は締め切られました。結果の発表をお待ちください。")
      : "1人 " + round.dots_per_person + " 枚、1枚の付箋に " + round.max_per_note + " 枚まで貼れます。";
    if (!me.participant && !round.closed) $("vote-rule").textContent += " 投票するには、お名前を選んでください。";
    var results = $("results");
    results.textContent = "";
    results.hidden = !round.revealed;
    round.results.forEach(function (r) {
      var li = el("li", "", r.rank + "位（" + r.dots + "票） ");
      li.appendChild(el("span", "text", noteText(r.note)));
      results.appendChild(li);
    });
    var ballot = $("ballot");
    ballot.textContent = "";
    if (round.closed) return;
    round.eligible.forEach(function (id) {
      var text = noteText(id);
      if (!text) return; // face-down: not shown to others
      var li = el("li", "ballot");
      var mine = me.dots[String(id)] || 0;
      var minus = el("button", "", "−");
      minus.type = "button";
      minus.setAttribute("aria-label", "シールをはがす");
      minus.disabled = mine === 0;
      minus.addEventListener("click", function () {
        queue("undot", { round_id: round.id, note_id: id }, "シールをはがす: " + text);
      });
      var plus = el("button", "", "＋");
      plus.type = "button";
      plus.setAttribute("aria-label", "シールを貼る");
      plus.disabled = !me.participant || me.dots_left === 0 || mine >= round.max_per_note;
      plus.addEventListener("click", function () {
        queue("dot", { round_id: round.id, note_id: id }, "シール: " + text);
      });
      li.appendChild(el("span", "text", text));
      li.appendChild(minus);
      li.appendChild(el("span", "dots", mine ? "●" + mine : "0"));
      li.appendChild(plus);
      ballot.appendChild(li);
    });
  }

  function renderBoard() {
    var board = $("board");
    board.textContent = "";
    var groups = room.columns.length
      ? room.columns.map(function (c) { return { id: c.id, label: c.label }; })
      : [{ id: null, label: "" }];
    groups.forEach(function (group) {
      var notes = room.notes.filter(function (n) { return room.columns.length === 0 || n.column === group.id; });
      var box = el("div", "column");
      if (group.label) box.appendChild(el("h3", "", group.label + "（" + notes.length + "）"));
      notes.forEach(function (n) {
        var sticky = el("div", "sticky");
        sticky.appendChild(el("div", "text", n.text));
        if (n.author) sticky.appendChild(el("small", "", n.author));
        box.appendChild(sticky);
      });
      board.appendChild(box);
    });
    $("hidden-count").hidden = room.hidden_notes === 0;
    $("hidden-count").textContent = "伏せてある付箋が " + room.hidden_notes + " 枚あります。";
  }

  function renderSheet() {
    var kinds = $("card-kind");
    if (!kinds.options.length && room.kinds.length) {
      var groups = {};
      room.kinds.forEach(function (k) {
        if (!groups[k.group]) {
          groups[k.group] = el("optgroup");
          groups[k.group].label = k.group;
          kinds.appendChild(groups[k.group]);
        }
        var option = el("option", "", k.label);
        option.value = k.id;
        groups[k.group].appendChild(option);
      });
    }
    var zones = $("card-zone");
    var chosen = zones.value;
    zones.textContent = "";
    var any = el("option", "", "（おまかせ）");
    any.value = "";
    zones.appendChild(any);
    room.zones.forEach(function (z) {
      var option = el("option", "", z.label);
      option.value = z.key;
      zones.appendChild(option);
    });
    zones.value = chosen;
    $("card-form").hidden = !room.writing_open;
    $("propose-closed").hidden = room.writing_open;
    var list = $("sheet-cards");
    list.textContent = "";
    var byZone = {};
    var order = [];
    room.cards.forEach(function (c) {
      var zone = c.zone || "未配置";
      if (!byZone[zone]) { byZone[zone] = []; order.push(zone); }
      byZone[zone].push(c);
    });
    order.forEach(function (zone) {
      var box = el("div", "column");
      box.appendChild(el("h3", "", zone + "（" + byZone[zone].length + "）"));
      byZone[zone].forEach(function (c) {
        var mine = me.cards.some(function (m) { return m.id === c.id; });
        box.appendChild(el("div", "sticky", c.name + (mine ? "（自分）" : "")));
      });
      list.appendChild(box);
    });
  }

  var shownQuestions = ""; // the questions the form was built for: typed text survives redraws
  function renderReflection() {
    var key = JSON.stringify(room.questions);
    var box = $("questions");
    if (key !== shownQuestions) {
      shownQuestions = key;
      box.textContent = "";
      room.questions.forEach(function (question, index) {
        var label = el("label", "", question);
        label.htmlFor = "answer-" + index;
        var area = el("textarea");
        area.id = "answer-" + index;
        area.maxLength = 2000;
        area.rows = 4;
        area.value = (kept.answers || {})[question] || "";
        area.setAttribute("data-question", question);
        box.appendChild(label);
        box.appendChild(area);
      });
    }
    $("reflect-form").hidden = !room.writing_open;
  }

  function settlePending() {
    // what the facilitator decided on items that were waiting for them
    var changed = false;
    kept.outbox.forEach(function (item) {
      if (item.state !== "pending") return;
      if (me.declined.indexOf(item.body.client_id) >= 0) {
        item.state = "refused";
        item.error = "ファシリテーターが見送りました。";
        changed = true;
      } else if (me.pending.indexOf(item.body.client_id) < 0) {
        // taken, or lost when the laptop restarted: asking again tells which (the laptop
        // answers "again" for what it has, and holds what it lost once more)
        item.state = "waiting";
        changed = true;
      }
    });
    if (changed) { save(); flush(); }
  }

  function render() {
    settlePending();
    $("title").textContent = room.title || "わがまちキャンバス";
    if (!me.named || choosingName) {
      renderWho();
      show("who");
      return;
    }
    show("room");
    $("my-name").textContent = me.anonymous ? "名前なし" : me.name;
    var onSheet = room.activity === "sheet";
    var reflecting = room.activity === "reflection";
    ["propose", "sheet"].forEach(function (id) { $(id).hidden = !onSheet; });
    $("reflect").hidden = !reflecting;
    ["write", "mine-card", "board-card"].forEach(function (id) {
      $(id).hidden = onSheet || reflecting;
    });
    renderOutbox();
    if (reflecting) {
      $("vote").hidden = true;
      renderReflection();
      return;
    }
    if (onSheet) {
      $("vote").hidden = true;
      renderSheet();
      return;
    }
    renderWrite();
    renderMine();
    renderVote();
    renderBoard();
  }

  function chooseName(body) {
    body.client_id = randomId();
    post("/api/name", body).then(function (answer) {
      if (answer.status !== 200) { say(words(answer.data.error, answer.data.details)); return; }
      say("");
      choosingName = false;
      kept.answers = {}; // another person's sheet starts empty
      shownQuestions = "";
      save();
      repoll();
    }).catch(function () { say("パソコンにつながりません。もう一度押してください。"); });
  }

  // -- the forms ------------------------------------------------------------------------
  function wire() {
    $("join-form").addEventListener("submit", function (event) {
      event.preventDefault();
      join({ pin: $("pin").value });
    });
    $("name-form").addEventListener("submit", function (event) {
      event.preventDefault();
      var name = $("new-name").value.trim();
      if (!name) { say("お名前を入れてください。"); return; }
      chooseName({ name: name });
    });
    $("anonymous").addEventListener("click", function () { chooseName({ anonymous: true }); });
    $("change-name").addEventListener("click", function () {
      choosingName = true;
      renderWho();
      show("who");
    });
    var area = $("note-text");
    area.addEventListener("input", function () { $("note-count").textContent = String(area.value.length); });
    $("note-form").addEventListener("submit", function (event) {
      event.preventDefault();
      var text = area.value.trim();
      if (!text) { say(words("empty_text")); return; }
      var body = { text: text };
      var column = $("column").value;
      if (room.columns.length && column) body.column_id = parseInt(column, 10);
      say("");
      queue("note", body, (room.columns.length ? columnName(body.column_id) + ": " : "") + text);
      area.value = "";
      $("note-count").textContent = "0";
    });
    $("card-form").addEventListener("submit", function (event) {
      event.preventDefault();
      var name = $("card-name").value.trim();
      if (!name) { say("名前を書いてから出してください。"); return; }
      var body = { text: name, kind_id: $("card-kind").value };
      if ($("card-zone").value) body.zone_key = $("card-zone").value;
      say("");
      queue("card", body, "カード: " + name);
      $("card-name").value = "";
    });
    $("reflect-form").addEventListener("submit", function (event) {
      event.preventDefault();
      if (!me.participant) { say(words("name_needed")); return; }
      var answers = [];
      var written = 0;
      Array.prototype.forEach.call(document.querySelectorAll("#questions textarea"), function (area) {
        answers.push({ question: area.getAttribute("data-question"), answer: area.value });
        if (area.value.trim()) written += 1;
      });
      if (!written) { say(words("empty_text")); return; }
      say("");
      kept.answers = {};
      answers.forEach(function (a) { kept.answers[a.question] = a.answer; });
      queue("reflection", { answers: answers }, "振り返りシート（" + written + "問）");
    });
    window.addEventListener("online", function () { flush(); poll(); });
  }

  function start() {
    wire();
    renderOutbox();
    var match = window.location.pathname.match(/^\/j\/([A-Za-z0-9_-]+)$/);
    if (match) {
      window.history.replaceState(null, "", "/");
      join({ token: match[1] });
    } else {
      poll();
    }
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
